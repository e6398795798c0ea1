using Microsoft.Extensions.Options;
using SearchMining.Api.Configuration;
using SearchMining.Corpus;
using SearchMining.Corpus.Storage;
using SearchMining.Workflows;
using SearchMining.Workflows.Citations;

namespace SearchMining.Api.Hosting;

/// <summary>
/// Registers the researchers' workflows (<see cref="ReportWorkflows"/>: citations, batch, saved searches, contacts,
/// charts) over the corpus; <see cref="WorkflowOptions"/> binds from the <c>SearchMining</c> section (WorkspacePath,
/// SourceFolders, MaxBatchQueries, MaxBatchBytes, MaxSavedSearches).
/// </summary>
internal static class WorkflowRegistration
{
    public static WebApplicationBuilder AddWorkflows(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WorkflowOptions>()
            .Bind(builder.Configuration.GetSection(SearchMiningOptions.Section))
            .Validate(o => o.MaxBatchQueries >= 1 && o.MaxBatchBytes >= 1 && o.MaxSavedSearches >= 1, "Batch and saved-search limits must be positive.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var corpus = sp.GetRequiredService<ReportCorpus>();
            var baseFolder = RepositoryRoot.FindFrom(builder.Environment.ContentRootPath, AppContext.BaseDirectory) ?? builder.Environment.ContentRootPath;
            var options = sp.GetRequiredService<IOptions<WorkflowOptions>>().Value.ResolvedAgainst(baseFolder, corpus.Options.IndexPath);
            return new ReportWorkflows(corpus, options, sp.GetRequiredService<TimeProvider>(), kept: id => Kept(corpus, id));
        });
        return builder;
    }

    /// <summary>What the corpus keeps of a report's original: the upload's source URL and day, and its bytes for download.</summary>
    private static KeptOriginal? Kept(ReportCorpus corpus, string reportId)
    {
        if (corpus.Originals is not { } store || store.Latest(reportId) is not { } original) return null;
        return new KeptOriginal(original.FileName, original.ContentType, original.Origin == OriginalOrigin.Upload, original.SourceUrl,
            original.ReceivedAt, () => store.ReadContent(original.Sequence));
    }
}
