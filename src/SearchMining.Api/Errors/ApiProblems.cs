using Microsoft.AspNetCore.Http.HttpResults;
using SearchMining.Core.Domain;
using SearchMining.Index.Searching;

namespace SearchMining.Api.Errors;

/// <summary>The ProblemDetails answers the endpoints share.</summary>
public static class ApiProblems
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

    /// <summary>A file that could not become a report: its format is not one we read (415) or its content is not usable (422).</summary>
    public static ProblemHttpResult FromParseError(ParseError error, string fileName)
    {
        var status = error.Kind == ParseErrorKind.UnsupportedFormat ? StatusCodes.Status415UnsupportedMediaType : StatusCodes.Status422UnprocessableEntity;
        return TypedResults.Problem(statusCode: status, title: "The file could not be read as a report", detail: error.Message,
            extensions: new Dictionary<string, object?> { [ErrorKinds.Property] = error.Kind.ToString(), ["fileName"] = fileName });
    }

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
                _ => "Invalid search value",
            },
            extensions: extensions);
    }
}
