using SearchMining.Corpus.Ingestion;

namespace SearchMining.Api.Contracts;

public sealed record HealthResponse(string Status, IngestionStatus Ingestion);
