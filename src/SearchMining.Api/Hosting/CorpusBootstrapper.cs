using SearchMining.Corpus;

namespace SearchMining.Api.Hosting;

/// <summary>
/// Runs the corpus's first-start ingestion in the background when the host starts; the service answers meanwhile. Then
/// loads the theme model (an ingest or upload needs it; <c>/api/stats</c> shows its status): loaded on first use, it was
/// the whole of a cold <c>/api/stats</c> (~1 s of CPU at any corpus size, 1.2 s at 100k).
/// </summary>
internal sealed class CorpusBootstrapper(ReportCorpus corpus) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await corpus.Startup.RunAsync(stoppingToken);
        if (!stoppingToken.IsCancellationRequested) _ = corpus.Classifier.Status; // a missing or corrupt model is its status, never an exception
    }
}
