using Microsoft.Extensions.Options;
using SearchMining.Api.Configuration;
using SearchMining.Api.Corpus;
using SearchMining.Index.Ingestion;

namespace SearchMining.Api.Ingestion;

/// <summary>
/// On start, when the index holds no report, ingests the configured corpus in the background (progress in the log and in
/// /healthz). The service answers meanwhile; searches see each report as soon as it is added.
/// </summary>
public sealed class CorpusBootstrapper(
    CorpusIndex corpus,
    ReportIngestion ingestion,
    IngestionProgress progress,
    ServicePaths paths,
    IOptions<SearchMiningOptions> options,
    ILogger<CorpusBootstrapper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            var reports = corpus.Index.Stats.Reports;
            if (reports > 0)
            {
                logger.LogInformation("Index at {IndexPath} holds {Reports} reports; no first-start ingestion", paths.IndexPath, reports);
                return;
            }
            if (!options.Value.IngestCorpusWhenEmpty) return;
            var files = ReportIngestor.FindReportFiles(paths.CorpusPath);
            if (files.Count == 0)
            {
                logger.LogWarning("Index is empty and {CorpusPath} holds no report files; serving an empty index", paths.CorpusPath);
                return;
            }
            await IngestAsync(files, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("First-start ingestion stopped with the host");
        }
        catch (Exception e)
        {
            progress.Fail(e.Message);
            logger.LogError(e, "First-start ingestion failed");
        }
    }

    private async Task IngestAsync(IReadOnlyList<string> files, CancellationToken stoppingToken)
    {
        progress.Start(paths.CorpusPath, files.Count);
        logger.LogInformation("Index is empty: ingesting {Files} files from {CorpusPath} into {IndexPath}", files.Count, paths.CorpusPath, paths.IndexPath);
        var reporter = new LoggingProgress(p =>
        {
            progress.Advance(p.Done);
            logger.LogInformation("Ingested {Done}/{Total} {File} (committed {Committed})", p.Done, p.Total, Path.GetFileName(p.CurrentFile), p.Committed);
        });
        var summary = await ingestion.CreateIngestor().IngestFilesAsync(files, reporter, stoppingToken);
        foreach (var error in summary.Errors)
            logger.LogWarning("Skipped {File}: {Kind} {Message}", Path.GetFileName(error.File), error.Kind, error.Message);
        foreach (var warning in summary.Warnings) logger.LogWarning("{Warning}", warning);
        progress.Complete(summary.Results.Count, summary.Errors.Count);
        logger.LogInformation("First-start ingestion done in {Elapsed}: {Added} added, {Skipped} skipped, {Commits} commits",
            summary.Elapsed, summary.Added, summary.Errors.Count, summary.Commits);
    }

    /// <summary>Reports progress on the ingesting thread (Progress&lt;T&gt; would post to the thread pool and log out of order).</summary>
    private sealed class LoggingProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
