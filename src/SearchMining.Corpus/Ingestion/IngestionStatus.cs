namespace SearchMining.Corpus.Ingestion;

/// <summary>Snapshot of the start-up ingestion, shown by /healthz and /api/stats.</summary>
/// <param name="Corpus">What is being ingested (the bundled corpus folder, kept originals, or both).</param>
/// <param name="Total">Reports found missing from the index at start.</param>
public sealed record IngestionStatus(IngestionState State, string? Corpus, int Total, int Processed, int Indexed, int Failed, string? Error)
{
    /// <summary>Why the reports were missing (first start, a rebuild after a schema change, an interrupted ingestion …).</summary>
    public string? Reason { get; init; }

    /// <summary>Names of the reports still missing from the index (the first <see cref="IngestionProgress.MissingShown"/>).</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];
}
