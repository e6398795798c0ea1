using Scalar.AspNetCore;
using SearchMining.Api.Endpoints;
using SearchMining.Api.Errors;

namespace SearchMining.Api.Hosting;

/// <summary>The HTTP pipeline: errors as ProblemDetails, request log, static web page, OpenAPI + Scalar, endpoints.</summary>
internal static class PipelineSetup
{
    public static WebApplication UseSearchMining(this WebApplication app)
    {
        // Outermost, so the logged status is the one sent (after the exception handler has turned a failure into its answer).
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<UrlLengthLimitMiddleware>();
        app.UseDefaultFiles();
        app.UseStaticFiles();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", options => options.WithTitle("SearchMining API"));

        app.MapHealthEndpoints();
        app.MapSearchEndpoints();
        app.MapReportEndpoints();
        app.MapReportWriteEndpoints();
        app.MapSectionEndpoints();
        app.MapCommitmentEndpoints();
        app.MapContactEndpoints();
        app.MapThemeEndpoints();
        app.MapStatsEndpoints();
        app.MapExportEndpoints();
        app.MapAgencyEndpoints();
        app.MapReadingEndpoints();
        app.MapBatchEndpoints();
        app.MapSavedSearchEndpoints();
        app.MapContactDirectoryEndpoints();
        app.MapChartEndpoints();
        app.MapCheckEndpoints();
        app.MapFallback("/api/{**rest}", () => ApiProblems.NotFound("No such endpoint", "There is no endpoint at this path; the list is at /scalar.", ErrorKinds.NoSuchEndpoint));
        return app;
    }
}
