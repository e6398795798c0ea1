using SearchMining.Api.Contracts;
using SearchMining.Corpus;
using SearchMining.Corpus.Ingestion;

namespace SearchMining.Api.Endpoints;

internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", Health)
            .WithName("Health").WithTags("Service")
            .WithSummary("200 when the index can be searched and written; 503 with the reasons when it is damaged, unwritable, out of disk or cannot be opened. Shows the start-up ingestion and what is still missing from the index.")
            .Produces<HealthResponse>()
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);

    private static async Task<IResult> Health(ReportCorpus corpus)
    {
        var problems = await corpus.CheckHealthAsync();
        var ingestion = corpus.Startup.Progress.Current;
        var views = problems.Any(p => p.BlocksReads) ? null : ViewsState(corpus);
        if (problems.Count > 0)
            return TypedResults.Json(new HealthResponse(problems.Any(p => p.BlocksReads) ? "unavailable" : "degraded", ingestion, problems) { Views = views },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        var status = ingestion.State is IngestionState.Running or IngestionState.Checking ? "ingesting" : "ok";
        return TypedResults.Ok(new HealthResponse(status, ingestion, []) { Views = views });
    }

    private static Corpus.Derived.DerivedState? ViewsState(ReportCorpus corpus)
    {
        try
        {
            return corpus.ViewsState;
        }
        catch (Corpus.Health.CorpusUnavailableException)
        {
            return null;
        }
    }
}
