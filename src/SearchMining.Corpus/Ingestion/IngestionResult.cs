using SearchMining.Core.Domain;
using SearchMining.Index.Storage;

namespace SearchMining.Corpus.Ingestion;

/// <summary>What happened to one file: indexed (with the report as indexed and the index's verdict) or rejected with a parse error.</summary>
/// <param name="ClassifierWarning">Set when the classifier failed and the report was indexed without themes.</param>
public sealed record IngestionResult(Report? Report, IngestResult? Indexed, ParseError? Error, string? ClassifierWarning);
