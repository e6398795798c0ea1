namespace SearchMining.Corpus.Ingestion;

/// <summary>Snapshot of the first-start ingestion, shown by /healthz and /api/stats.</summary>
public sealed record IngestionStatus(IngestionState State, string? Corpus, int Total, int Processed, int Indexed, int Failed, string? Error);
