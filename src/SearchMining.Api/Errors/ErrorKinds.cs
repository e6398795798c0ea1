namespace SearchMining.Api.Errors;

/// <summary>
/// The stable <c>errorKind</c> every ProblemDetails carries beside its English <c>detail</c>, so a client (the page)
/// can say what went wrong in its own language. Specific kinds come from where the error is made (QuerySyntax,
/// NotAReport, NameTaken …); any other error gets the kind of its status (<see cref="ForStatus"/>).
/// </summary>
internal static class ErrorKinds
{
    public const string Property = "errorKind";

    public const string InvalidParameter = nameof(InvalidParameter);
    public const string ApiKeyRequired = nameof(ApiKeyRequired);
    public const string WritesDisabled = nameof(WritesDisabled);
    public const string NotFound = nameof(NotFound);
    public const string UnknownReport = nameof(UnknownReport);
    public const string UnknownSection = nameof(UnknownSection);
    public const string UnknownSavedSearch = nameof(UnknownSavedSearch);
    public const string UnknownAgency = nameof(UnknownAgency);
    public const string NoEarlierReport = nameof(NoEarlierReport);
    public const string AgencyChangeRefused = nameof(AgencyChangeRefused);
    public const string NoOriginal = nameof(NoOriginal);
    public const string NoSuchEndpoint = nameof(NoSuchEndpoint);
    public const string MethodNotAllowed = nameof(MethodNotAllowed);
    public const string Conflict = nameof(Conflict);
    public const string TooLarge = nameof(TooLarge);
    public const string UrlTooLong = nameof(UrlTooLong);
    public const string UnsupportedType = nameof(UnsupportedType);
    public const string Unprocessable = nameof(Unprocessable);
    public const string ServerError = nameof(ServerError);
    public const string Unavailable = nameof(Unavailable);

    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => InvalidParameter,
        StatusCodes.Status401Unauthorized => ApiKeyRequired,
        StatusCodes.Status403Forbidden => WritesDisabled,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status409Conflict => Conflict,
        StatusCodes.Status413PayloadTooLarge => TooLarge,
        StatusCodes.Status414UriTooLong => UrlTooLong,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedType,
        StatusCodes.Status422UnprocessableEntity => Unprocessable,
        StatusCodes.Status503ServiceUnavailable => Unavailable,
        >= 500 => ServerError,
        _ => InvalidParameter,
    };
}
