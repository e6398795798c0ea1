using SearchMining.Api.Contracts;
using SearchMining.Api.Corpus;
using SearchMining.Api.Ingestion;

namespace SearchMining.Api.Endpoints;

public static class StatsEndpoints
{
    public static void MapStatsEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/stats", (CorpusIndex corpus, CorpusReports reports, IngestionProgress progress, ClassifierProvider classifier, CancellationToken cancellationToken) =>
        {
            var stats = corpus.Index.Stats;
            var all = reports.All(cancellationToken).ToList();
            return TypedResults.Ok(new StatsResponse(stats.Reports, stats.Sections, stats.Subsections,
                all.Sum(r => r.Statements.Count), all.Sum(r => r.Commitments.Count),
                stats.SizeOnDiskBytes, stats.SchemaVersion, stats.Analyzers, stats.LastCommit, progress.Current, classifier.Status));
        }).WithTags("Service").WithName("Stats").WithSummary("Corpus counts, index size, model version and metrics, ingestion progress.");
}
