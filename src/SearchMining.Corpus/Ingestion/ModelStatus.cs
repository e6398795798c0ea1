namespace SearchMining.Corpus.Ingestion;

/// <param name="Metrics">Held-out metrics from the model's card (e.g. micro-F1), when known.</param>
public sealed record ModelStatus(string Path, bool Loaded, string? Version, string? Error, IReadOnlyDictionary<string, double>? Metrics);
