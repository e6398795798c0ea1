using SearchMining.Index.Searching;
using SearchMining.Workflows.Queries;
using SearchMining.Workflows.Reading;

namespace SearchMining.Workflows.Batch;

/// <summary>
/// Runs every query of a batch against the index: per query the number of matching sections and reports and the top
/// hits (best sections, each with one highlighted snippet and a link that opens the report at it). A query that cannot
/// run (syntax error, unknown filter value) gets its error in its row; the others still run.
/// </summary>
public sealed class BatchRunner(SectionSearchEngine engine)
{
    public BatchResult Run(BatchQuery query, int top, string? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        top = Math.Clamp(top, 1, WorkflowOptions.MaxBatchTopHits);
        if (query.Error is { } lineError) return Failed(query, lineError);
        var (request, specError) = query.Spec.ToRequest(size: top, snippets: 1);
        if (specError is not null) return Failed(query, specError);
        var outcome = engine.Search(request! with { IncludeFacets = false });
        if (outcome.Error is { } error) return Failed(query, QuerySpec.FromSearchError(error));
        var (reports, _) = engine.MatchingReports(request!);
        var results = outcome.Results!;
        var hits = results.Hits.Select((hit, i) => new BatchHit(
            i + 1, hit.ReportId, hit.SectionId, hit.SourceFile, hit.Agency, hit.Year,
            (hit.SectionNumber.Length > 0 ? hit.SectionNumber + "、" : "") + hit.Title,
            hit.Score,
            hit.Snippets.FirstOrDefault()?.Text ?? "",
            ReaderLinks.Absolute(baseUrl, ReaderLinks.OpenAtHit(hit, query.Spec.Query)))).ToList();
        return new BatchResult(query, results.Total, reports?.Count ?? 0, hits, null);
    }

    /// <summary>Every query, on as many threads as there are cores (searches are thread-safe); results in the file's order.</summary>
    public IReadOnlyList<BatchResult> RunAll(IReadOnlyList<BatchQuery> queries, int top, string? baseUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var results = new BatchResult[queries.Count];
        Parallel.For(0, queries.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = Run(queries[i], top, baseUrl));
        return results;
    }

    private static BatchResult Failed(BatchQuery query, QuerySpecError error) => new(query, 0, 0, [], error);
}
