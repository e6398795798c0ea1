using SearchMining.Workflows.Queries;

namespace SearchMining.Workflows.Batch;

/// <summary>The answer to one query of a batch: hit counts and the top hits, or why the query could not run.</summary>
/// <param name="Sections">Matching sections.</param>
/// <param name="Reports">Reports with at least one matching section.</param>
public sealed record BatchResult(BatchQuery Query, int Sections, int Reports, IReadOnlyList<BatchHit> Hits, QuerySpecError? Error);
