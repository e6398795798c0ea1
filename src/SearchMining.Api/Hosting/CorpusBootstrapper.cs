using SearchMining.Corpus;
using SearchMining.Corpus.Years;

namespace SearchMining.Api.Hosting;

/// <summary>
/// Runs the corpus's first-start ingestion in the background when the host starts; the service answers meanwhile. Then
/// loads the theme model (an ingest or upload needs it; <c>/api/stats</c> shows its status): loaded on first use, it was
/// the whole of a cold <c>/api/stats</c> (~1 s of CPU at any corpus size, 1.2 s at 100k). The years view follows the
/// corpus's writes from the start (an upload or the start-up ingestion builds and keeps the next view in the background),
/// and its parts are computed and kept now when none are kept for the index as it is (an index written by a program that
/// did not keep them): the first <c>/api/agencies</c> or timeline reads them instead of computing them (round 12).
/// </summary>
internal sealed class CorpusBootstrapper(ReportCorpus corpus, CorpusYears years, ILogger<CorpusBootstrapper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        years.FollowWrites();
        await corpus.Startup.RunAsync(stoppingToken);
        if (stoppingToken.IsCancellationRequested) return;
        _ = corpus.Classifier.Status; // a missing or corrupt model is its status, never an exception
        if (!years.LearnInBackground || corpus.Health.WriteProblem is not null) return; // a read-only or unavailable index keeps nothing
        try
        {
            if (years.KeepIfMissing(stoppingToken)) logger.LogInformation("The years view's parts were computed and kept (none were kept for this index).");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Derived data: the first years request computes the view itself (and says why it cannot).
            logger.LogWarning(e, "The years view's parts could not be kept at start.");
        }
    }
}
