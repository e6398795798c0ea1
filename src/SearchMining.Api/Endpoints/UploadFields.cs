namespace SearchMining.Api.Endpoints;

/// <summary>The optional upload fields, read from the multipart form or the query string.</summary>
internal static class UploadFields
{
    public const string ForceField = "force";
    public const string SourceUrlField = "sourceUrl";
    public const int MaxSourceUrlLength = 2048;

    /// <summary><c>force=true</c>: keep a file that does not read as a report.</summary>
    public static bool Force(HttpRequest request, IFormCollection form, QueryParameters check)
    {
        var value = Value(request, form, ForceField);
        if (string.IsNullOrWhiteSpace(value)) return false;
        if (bool.TryParse(value, out var force)) return force;
        check.Add(ForceField, $"'{value}' is not true or false.");
        return false;
    }

    /// <summary>Where the report was published: an absolute http(s) URL.</summary>
    public static string? SourceUrl(HttpRequest request, IFormCollection form, QueryParameters check)
    {
        var value = Value(request, form, SourceUrlField)?.Trim();
        if (string.IsNullOrEmpty(value)) return null;
        if (value.Length > MaxSourceUrlLength || !Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            check.Add(SourceUrlField, $"sourceUrl must be an absolute http or https URL of at most {MaxSourceUrlLength} characters.");
            return null;
        }
        return uri.ToString();
    }

    private static string? Value(HttpRequest request, IFormCollection form, string name) =>
        form.TryGetValue(name, out var fromForm) && !string.IsNullOrEmpty(fromForm) ? fromForm.ToString()
        : request.Query.TryGetValue(name, out var fromQuery) ? fromQuery.ToString() : null;
}
