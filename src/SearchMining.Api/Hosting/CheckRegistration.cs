using SearchMining.Corpus;
using SearchMining.Corpus.Checks;

namespace SearchMining.Api.Hosting;

/// <summary>Registers the corpus-wide quality checks (<see cref="CorpusChecks"/>) over the one <see cref="ReportCorpus"/>.</summary>
internal static class CheckRegistration
{
    public static WebApplicationBuilder AddQualityChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => new CorpusChecks(sp.GetRequiredService<ReportCorpus>()));
        return builder;
    }
}
