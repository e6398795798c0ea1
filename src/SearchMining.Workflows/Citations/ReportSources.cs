using SearchMining.Core.Domain;

namespace SearchMining.Workflows.Citations;

/// <summary>
/// Finds where a report came from and its original file: what the service keeps of an upload (the source URL given
/// with it, the day it was received) first, then the SOURCES.tsv catalogue of the bundled reports.
/// </summary>
/// <param name="kept">The originals store's entry of a report id, when the corpus keeps originals.</param>
public sealed class ReportSources(SourceCatalog catalog, Func<string, KeptOriginal?>? kept = null)
{
    public SourceCatalog Catalog { get; } = catalog;

    public ReportSource Resolve(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var original = kept?.Invoke(report.Id);
        if (original is { Uploaded: true } upload)
            return new ReportSource(upload.SourceUrl, DateOnly.FromDateTime(upload.ReceivedAt.UtcDateTime), ReportSource.FromUpload, null);
        if (Catalog.Find(report.SourceFile) is { } entry)
            return new ReportSource(entry.Url, entry.Retrieved, ReportSource.FromCatalog, entry.Source == entry.Url ? null : entry.Source);
        if (original?.SourceUrl is { } url)
            return new ReportSource(url, DateOnly.FromDateTime(original.ReceivedAt.UtcDateTime), ReportSource.FromUpload, null);
        return ReportSource.None;
    }

    /// <summary>The report's original file: the service's kept copy, else the bundled file beside its catalogue; null when neither is there.</summary>
    public OriginalDownload? Original(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (kept?.Invoke(report.Id) is { } original && original.Read() is { } bytes)
            return new OriginalDownload(original.FileName, original.ContentType, () => new MemoryStream(bytes, writable: false));
        if (Catalog.Find(report.SourceFile)?.FilePath is { } path && File.Exists(path))
            return new OriginalDownload(Path.GetFileName(path), null, () => File.OpenRead(path));
        return null;
    }

    /// <summary>The bundled file of a report, when it is on disk beside its catalogue.</summary>
    public string? OriginalPath(Report report) => Catalog.Find(report.SourceFile)?.FilePath;
}
