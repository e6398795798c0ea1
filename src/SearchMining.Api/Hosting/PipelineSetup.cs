using Scalar.AspNetCore;
using SearchMining.Api.Endpoints;

namespace SearchMining.Api.Hosting;

/// <summary>The HTTP pipeline: errors as ProblemDetails, request log, static web page, OpenAPI + Scalar, endpoints.</summary>
public static class PipelineSetup
{
    public static WebApplication UseSearchMining(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestLoggingMiddleware>();
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
        app.MapFallback("/api/{**rest}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such endpoint"));
        return app;
    }
}
