using SearchMining.Corpus;

namespace SearchMining.Api.Hosting;

/// <summary>Runs the corpus's first-start ingestion in the background when the host starts; the service answers meanwhile.</summary>
internal sealed class CorpusBootstrapper(ReportCorpus corpus) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await corpus.Startup.RunAsync(stoppingToken);
    }
}
