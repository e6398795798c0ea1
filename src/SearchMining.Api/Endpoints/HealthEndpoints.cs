using SearchMining.Api.Contracts;
using SearchMining.Corpus;

namespace SearchMining.Api.Endpoints;

public static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", (ReportCorpus corpus) => TypedResults.Ok(new HealthResponse("ok", corpus.Startup.Progress.Current)))
            .WithName("Health").WithTags("Service").WithSummary("Liveness, with the progress of the first-start ingestion.");
}
