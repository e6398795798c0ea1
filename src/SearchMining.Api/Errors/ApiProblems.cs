using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SearchMining.Corpus.Health;
using SearchMining.Core.Domain;
using SearchMining.Index.Searching;

namespace SearchMining.Api.Errors;

/// <summary>The ProblemDetails answers the endpoints share.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string title, string detail, string errorKind = ErrorKinds.NotFound) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail, extensions: Kind(errorKind));

    public static ProblemHttpResult UnknownReport(string id) => NotFound("Unknown report", $"No report with id '{id}'.", ErrorKinds.UnknownReport);

    /// <summary>A request that clashes with what is stored (a name already taken, a limit reached): 409.</summary>
    public static ProblemHttpResult Conflict(string title, string detail, string errorKind) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail, extensions: Kind(errorKind));

    /// <summary>A parameter-level error with its own stable kind (QuerySyntax, EmptyBatch …).</summary>
    public static ValidationProblem Invalid(string parameter, string message, string errorKind) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] }, title: "Invalid request parameter", extensions: Kind(errorKind));

    private static Dictionary<string, object?> Kind(string errorKind) => new() { [ErrorKinds.Property] = errorKind };

    public static ValidationProblem Invalid(string parameter, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] }, title: "Invalid request parameter");

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Invalid request parameters");

    public static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large",
            detail: $"Uploads are limited to {limit} bytes.", extensions: Kind(ErrorKinds.TooLarge));

    public static ProblemHttpResult UnsupportedType(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported file type", detail: detail, extensions: Kind(ErrorKinds.UnsupportedType));

    /// <summary>
    /// A file that could not become a report: its format is not one we read (415), it is over an input limit (413), it is
    /// not a report (422 NotAReport: send force=true to keep it anyway) or its content is not usable (422).
    /// </summary>
    public static ProblemHttpResult FromParseError(ParseError error, string fileName)
    {
        var (status, title) = error.Kind switch
        {
            ParseErrorKind.UnsupportedFormat => (StatusCodes.Status415UnsupportedMediaType, "The file could not be read as a report"),
            ParseErrorKind.TooLarge => (StatusCodes.Status413PayloadTooLarge, "The file is over an input limit"),
            ParseErrorKind.NotAReport => (StatusCodes.Status422UnprocessableEntity, "The file is not a report"),
            _ => (StatusCodes.Status422UnprocessableEntity, "The file could not be read as a report"),
        };
        var detail = error.Kind == ParseErrorKind.NotAReport ? error.Message + " Send force=true to index it anyway." : error.Message;
        return TypedResults.Problem(statusCode: status, title: title, detail: detail,
            extensions: new Dictionary<string, object?> { [ErrorKinds.Property] = error.Kind.ToString(), ["fileName"] = fileName });
    }

    /// <summary>The corpus cannot serve the request (index damaged, unwritable, out of disk …): 503, nothing changed.</summary>
    public static ProblemDetails Unavailable(CorpusProblem problem) => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = problem.BlocksReads ? "The index is unavailable" : "The index cannot be written",
        Detail = problem.Message + " Nothing was changed.",
        Extensions = { [ErrorKinds.Property] = problem.Code },
    };

    /// <summary>A search the engine refused: an unknown section is a 404, everything else names the bad parameter (400).</summary>
    public static IResult FromSearchError(SearchError error)
    {
        if (error.Kind == SearchErrorKind.UnknownSection)
            return NotFound("Unknown section", error.Message, ErrorKinds.UnknownSection);
        var parameter = error.Kind switch
        {
            SearchErrorKind.PageSizeTooLarge => "size",
            SearchErrorKind.BadCursor => "cursor",
            SearchErrorKind.InvalidValue when error.Position is null && error.Field is not null => error.Field,
            _ => "q",
        };
        var extensions = new Dictionary<string, object?> { [ErrorKinds.Property] = error.Kind.ToString() };
        if (error.Position is { } position) extensions["position"] = position;
        if (error.Field is { } field) extensions["field"] = field;
        return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [error.Message] },
            title: error.Kind switch
            {
                SearchErrorKind.QuerySyntax => "Query syntax error",
                SearchErrorKind.UnknownField => "Unknown field in query",
                SearchErrorKind.BadCursor => "Bad cursor",
                SearchErrorKind.PageSizeTooLarge => "Page size too large",
                SearchErrorKind.NoSearchableText => "Nothing to search for",
                _ => "Invalid search value",
            },
            extensions: extensions);
    }
}
