using SearchMining.Api.Contracts;
using SearchMining.Api.Ingestion;

namespace SearchMining.Api.Endpoints;

public static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", (IngestionProgress progress) => TypedResults.Ok(new HealthResponse("ok", progress.Current)))
            .WithName("Health").WithTags("Service").WithSummary("Liveness, with the progress of the first-start ingestion.");
}
