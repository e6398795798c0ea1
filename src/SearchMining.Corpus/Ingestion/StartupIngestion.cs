using Microsoft.Extensions.Logging;

namespace SearchMining.Corpus.Ingestion;

/// <summary>
/// On start, when the index holds no report, ingests the bundled corpus (<see cref="CorpusOptions.CorpusPath"/>);
/// progress goes to the log and to <see cref="Progress"/> (shown by /healthz). Searches see each report as soon as it is added.
/// </summary>
public sealed class StartupIngestion(ReportCorpus corpus, ILogger<StartupIngestion> logger)
{
    public IngestionProgress Progress { get; } = new();

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var options = corpus.Options;
        try
        {
            var reports = corpus.Index.Stats.Reports;
            if (reports > 0)
            {
                logger.LogInformation("Index at {IndexPath} holds {Reports} reports; no first-start ingestion", options.IndexPath, reports);
                return;
            }
            if (!options.IngestCorpusWhenEmpty) return;
            var files = ReportIngestor.FindReportFiles(options.CorpusPath);
            if (files.Count == 0)
            {
                logger.LogWarning("Index is empty and {CorpusPath} holds no report files; serving an empty index", options.CorpusPath);
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
            Progress.Fail(e.Message);
            logger.LogError(e, "First-start ingestion failed");
        }
    }

    private async Task IngestAsync(IReadOnlyList<string> files, CancellationToken stoppingToken)
    {
        var options = corpus.Options;
        Progress.Start(options.CorpusPath, files.Count);
        logger.LogInformation("Index is empty: ingesting {Files} files from {CorpusPath} into {IndexPath}", files.Count, options.CorpusPath, options.IndexPath);
        var reporter = new InlineProgress<IngestProgress>(p =>
        {
            Progress.Advance(p.Done);
            logger.LogInformation("Ingested {Done}/{Total} {File} (committed {Committed})", p.Done, p.Total, Path.GetFileName(p.CurrentFile), p.Committed);
        });
        var summary = await corpus.IngestFilesAsync(files, reporter, stoppingToken);
        foreach (var error in summary.Errors)
            logger.LogWarning("Skipped {File}: {Kind} {Message}", Path.GetFileName(error.File), error.Kind, error.Message);
        foreach (var warning in summary.Warnings) logger.LogWarning("{Warning}", warning);
        Progress.Complete(summary.Results.Count, summary.Errors.Count);
        logger.LogInformation("First-start ingestion done in {Elapsed}: {Added} added, {Skipped} skipped, {Commits} commits",
            summary.Elapsed, summary.Added, summary.Errors.Count, summary.Commits);
    }
}
