using SearchMining.Core.Domain;
using SearchMining.Index.Storage;

namespace SearchMining.Api.Ingestion;

/// <summary>What happened to one file: indexed (with the report and the index's verdict) or rejected with a parse error.</summary>
public sealed record IngestionResult(Report? Report, IngestResult? Indexed, ParseError? Error)
{
    public bool Succeeded => Report is not null && Indexed is not null;
}
