using Microsoft.Extensions.Options;
using SearchMining.Analysis.Jieba;
using SearchMining.Api.Configuration;
using SearchMining.Corpus;

namespace SearchMining.Api.Hosting;

/// <summary>
/// Registers the corpus layer: <see cref="CorpusOptions"/> bound from the <c>SearchMining</c> section, one
/// <see cref="ReportCorpus"/> (endpoints take it as a parameter) and its first-start ingestion.
/// </summary>
internal static class CorpusRegistration
{
    public static WebApplicationBuilder AddReportCorpus(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CorpusOptions>()
            .Bind(builder.Configuration.GetSection(SearchMiningOptions.Section))
            .Validate(o => o.BatchSize >= 1, "BatchSize must be at least 1.")
            .ValidateOnStart();
        // One segmenter (its dictionary is the biggest thing in memory) for the index analyzers and the theme classifier.
        services.AddSingleton(_ => JiebaSegmenter.CreateDefault());
        services.AddSingleton(sp =>
        {
            var baseFolder = RepositoryRoot.FindFrom(builder.Environment.ContentRootPath, AppContext.BaseDirectory) ?? builder.Environment.ContentRootPath;
            var options = sp.GetRequiredService<IOptions<CorpusOptions>>().Value.ResolvedAgainst(baseFolder);
            return new ReportCorpus(options, sp.GetRequiredService<JiebaSegmenter>(), sp.GetRequiredService<ILoggerFactory>());
        });
        services.AddHostedService<CorpusBootstrapper>();
        return builder;
    }
}
