namespace SearchMining.Workflows.Citations;

/// <summary>Where a report came from, as far as the service knows.</summary>
/// <param name="Url">The address to cite, or null when none was recorded.</param>
/// <param name="Retrieved">When the copy was taken (catalogue) or received (upload), or null.</param>
/// <param name="Origin">catalog (a SOURCES.tsv row), upload (given on upload) or unknown.</param>
/// <param name="Note">The source as recorded, when it says more than the URL.</param>
public sealed record ReportSource(string? Url, DateOnly? Retrieved, string Origin, string? Note)
{
    public const string FromCatalog = "catalog";
    public const string FromUpload = "upload";
    public const string Unknown = "unknown";

    public static ReportSource None { get; } = new(null, null, Unknown, null);
}
