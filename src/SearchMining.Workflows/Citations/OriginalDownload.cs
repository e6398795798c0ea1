namespace SearchMining.Workflows.Citations;

/// <summary>A report's original file to download: kept by the service, or the bundled file beside its catalogue.</summary>
public sealed record OriginalDownload(string FileName, string? ContentType, Func<Stream> Open);
