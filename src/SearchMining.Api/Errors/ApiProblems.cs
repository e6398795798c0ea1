using Microsoft.AspNetCore.Http.HttpResults;
using SearchMining.Core.Domain;
using SearchMining.Index.Searching;

namespace SearchMining.Api.Errors;

/// <summary>The ProblemDetails answers the endpoints share.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static ValidationProblem Invalid(string parameter, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] }, title: "Invalid request parameter");

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Invalid request parameters");

    public static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large",
            detail: $"Uploads are limited to {limit} bytes.");

    public static ProblemHttpResult UnsupportedType(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported file type", detail: detail);

    /// <summary>A file that could not become a report: its format is not one we read (415) or its content is not usable (422).</summary>
    public static ProblemHttpResult FromParseError(ParseError error, string fileName)
    {
        var status = error.Kind == ParseErrorKind.UnsupportedFormat ? StatusCodes.Status415UnsupportedMediaType : StatusCodes.Status422UnprocessableEntity;
        return TypedResults.Problem(statusCode: status, title: "The file could not be read as a report", detail: error.Message,
            extensions: new Dictionary<string, object?> { ["errorKind"] = error.Kind.ToString(), ["fileName"] = fileName });
    }

    /// <summary>A search the engine refused: an unknown section is a 404, everything else names the bad parameter (400).</summary>
    public static IResult FromSearchError(SearchError error)
    {
        if (error.Kind == SearchErrorKind.UnknownSection)
            return NotFound("Unknown section", error.Message);
        var parameter = error.Kind switch
        {
            SearchErrorKind.PageSizeTooLarge => "size",
            SearchErrorKind.BadCursor => "cursor",
            SearchErrorKind.InvalidValue when error.Position is null && error.Field is not null => error.Field,
            _ => "q",
        };
        var extensions = new Dictionary<string, object?> { ["errorKind"] = error.Kind.ToString() };
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
