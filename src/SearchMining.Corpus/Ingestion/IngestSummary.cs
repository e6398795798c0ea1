using SearchMining.Index.Storage;

namespace SearchMining.Corpus.Ingestion;

/// <summary>What one ingest run did, file by file.</summary>
/// <param name="Warnings">Non-fatal problems (e.g. the classifier failed and a report was indexed without themes).</param>
public sealed record IngestSummary(
    int Files,
    IReadOnlyList<IngestResult> Results,
    IReadOnlyList<FileIngestError> Errors,
    IReadOnlyList<string> Warnings,
    int Commits,
    TimeSpan Elapsed)
{
    /// <summary>Files that do not read as a report (no heading, no year, no agency): left out, not failed.</summary>
    public IReadOnlyList<FileIngestError> Skipped { get; init; } = [];

    /// <summary>Time the one writer spent keeping originals, writing reports and committing (the rest of bulk ingestion runs in parallel beside it).</summary>
    public TimeSpan Writing { get; init; }

    /// <summary>Time the writer waited for the next batch to be loaded, parsed, classified and prepared.</summary>
    public TimeSpan WaitingForPreparation { get; init; }

    public int Added => Results.Count(r => r.Outcome == IngestOutcome.Added);
    public int Replaced => Results.Count(r => r.Outcome == IngestOutcome.Replaced);
    public int Unchanged => Results.Count(r => r.Outcome == IngestOutcome.Unchanged);
}
