using SearchMining.Api.Contracts;
using SearchMining.Corpus;

namespace SearchMining.Api.Endpoints;

internal static class StatsEndpoints
{
    public static void MapStatsEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/stats", (ReportCorpus corpus, CancellationToken cancellationToken) =>
        {
            var stats = corpus.Stats;
            var totals = corpus.Reports.StatementTotals(cancellationToken);
            return TypedResults.Ok(new StatsResponse(stats.Reports, stats.Sections, stats.Subsections,
                totals.Statements, totals.Commitments,
                stats.SizeOnDiskBytes, stats.SchemaVersion, stats.Analyzers, stats.LastCommit, corpus.Startup.Progress.Current, corpus.Classifier.Status));
        }).WithTags("Service").WithName("Stats").WithSummary("Corpus counts, index size, model version and metrics, ingestion progress.");
}
