using SearchMining.Corpus.Ingestion;

namespace SearchMining.Api.Contracts;

internal sealed record StatsResponse(
    int Reports,
    int Sections,
    int Subsections,
    int Statements,
    int Commitments,
    long IndexSizeBytes,
    int SchemaVersion,
    string Analyzers,
    DateTimeOffset? LastCommit,
    IngestionStatus Ingestion,
    ModelStatus Model);
