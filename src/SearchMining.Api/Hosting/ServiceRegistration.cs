using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using SearchMining.Api.Configuration;
using SearchMining.Api.Errors;
using SearchMining.Api.Security;

namespace SearchMining.Api.Hosting;

/// <summary>Registers the service's options, the corpus layer (<see cref="CorpusRegistration"/>) and the HTTP plumbing.</summary>
internal static class ServiceRegistration
{
    public static WebApplicationBuilder AddSearchMining(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SearchMiningOptions>()
            .Bind(builder.Configuration.GetSection(SearchMiningOptions.Section))
            .PostConfigure(options => options.ApiKey ??= NullIfEmpty(builder.Configuration["SEARCHMINING_API_KEY"]))
            .Validate(o => o.MaxPageSize >= 1 && o.DefaultPageSize >= 1 && o.DefaultPageSize <= o.MaxPageSize, "Page sizes must be 1 ≤ DefaultPageSize ≤ MaxPageSize.")
            .Validate(o => o.MaxUploadBytes > 0, "MaxUploadBytes must be positive.")
            .ValidateOnStart();
        builder.AddReportCorpus();
        services.AddSingleton(sp => new SearchMining.Corpus.Years.CorpusYears(sp.GetRequiredService<SearchMining.Corpus.ReportCorpus>()));
        builder.AddWorkflows();
        builder.AddQualityChecks();
        services.AddScoped<ApiKeyFilter>();

        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            // Every error names a stable kind beside its English detail (the page translates it).
            context.ProblemDetails.Extensions.TryAdd(ErrorKinds.Property, ErrorKinds.ForStatus(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode));
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        var maxUpload = builder.Configuration.GetValue<long?>($"{SearchMiningOptions.Section}:{nameof(SearchMiningOptions.MaxUploadBytes)}") ?? new SearchMiningOptions().MaxUploadBytes;
        services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = maxUpload);
        // Whole request bodies: the upload limit plus room for the multipart framing.
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.Limits.MaxRequestBodySize = maxUpload + 64 * 1024;
            // Above UrlLengthLimitMiddleware's limit, so an over-long URL gets its ProblemDetails rather than Kestrel's bare 414.
            options.Limits.MaxRequestLineSize = UrlLengthLimitMiddleware.KestrelRequestLineLimit;
            options.Limits.MaxRequestHeadersTotalSize = Math.Max(options.Limits.MaxRequestHeadersTotalSize, UrlLengthLimitMiddleware.KestrelRequestLineLimit + 32 * 1024);
        });
        services.AddOpenApi();
        return builder;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
