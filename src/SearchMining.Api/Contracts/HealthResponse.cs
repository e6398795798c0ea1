using SearchMining.Corpus.Health;
using SearchMining.Corpus.Ingestion;

namespace SearchMining.Api.Contracts;

/// <param name="Status">ok; ingesting (reports missing from the index are being ingested; searches answer with what is there);
/// degraded (503: searches work, writes are refused); unavailable (503: the index cannot be searched).</param>
/// <param name="Views">Whether the corpus views' rows stored beside the index match it: ready, rebuilding (after a crash or a
/// new version: rebuilt from the stored reports in the background; views answer with what is there), failed; null when the index is not open.</param>
/// <param name="Problems">What is wrong, each with a stable code (IndexCorrupt, IndexUnwritable, OutOfDisk, IndexUnavailable, IndexLocked).</param>
internal sealed record HealthResponse(string Status, IngestionStatus Ingestion, IReadOnlyList<CorpusProblem> Problems)
{
    public Corpus.Derived.DerivedState? Views { get; init; }
}
