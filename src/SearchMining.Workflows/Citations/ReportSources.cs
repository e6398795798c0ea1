using SearchMining.Core.Domain;

namespace SearchMining.Workflows.Citations;

/// <summary>Finds where a report came from and its original file: the SOURCES.tsv catalogue for bundled reports.</summary>
public sealed class ReportSources(SourceCatalog catalog)
{
    public SourceCatalog Catalog { get; } = catalog;

    public ReportSource Resolve(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (Catalog.Find(report.SourceFile) is not { } entry) return ReportSource.None;
        return new ReportSource(entry.Url, entry.Retrieved, ReportSource.FromCatalog, entry.Source == entry.Url ? null : entry.Source);
    }

    /// <summary>The original file of a bundled report, when it is on disk beside its catalogue.</summary>
    public string? OriginalPath(Report report) => Catalog.Find(report.SourceFile)?.FilePath;
}
