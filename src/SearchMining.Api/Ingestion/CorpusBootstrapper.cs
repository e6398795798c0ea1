using Microsoft.Extensions.Options;
using SearchMining.Api.Configuration;
using SearchMining.Api.Corpus;
using SearchMining.Core.Ingestion;

namespace SearchMining.Api.Ingestion;

/// <summary>
/// On start, when the index holds no report, ingests the configured corpus in the background (progress in the log and in
/// /healthz). The service answers meanwhile; searches see every report as soon as it is added.
/// </summary>
public sealed class CorpusBootstrapper(
    CorpusIndex corpus,
    ReportIngestion ingestion,
    IngestionProgress progress,
    ServicePaths paths,
    IOptions<SearchMiningOptions> options,
    ILogger<CorpusBootstrapper> logger) : BackgroundService
{
    private const int CommitEvery = 5;

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
            if (!Directory.Exists(paths.CorpusPath))
            {
                logger.LogWarning("Index is empty and the corpus folder {CorpusPath} does not exist; serving an empty index", paths.CorpusPath);
                return;
            }
            await IngestFolderAsync(stoppingToken);
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

    private async Task IngestFolderAsync(CancellationToken stoppingToken)
    {
        var files = Directory.EnumerateFiles(paths.CorpusPath)
            .Where(f => ReportFileReader.SupportedExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        progress.Start(paths.CorpusPath, files.Count);
        logger.LogInformation("Index is empty: ingesting {Files} files from {CorpusPath}", files.Count, paths.CorpusPath);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            await using var stream = File.OpenRead(file);
            var result = await ingestion.IngestAsync(stream, Path.GetFileName(file), commit: (i + 1) % CommitEvery == 0, stoppingToken);
            progress.FileDone(result.Succeeded);
            if (result.Report is { } report)
                logger.LogInformation("Ingested {Done}/{Total} {File}: {Agency} {Year}, {Sections} sections, {Warnings} warnings",
                    i + 1, files.Count, Path.GetFileName(file), report.Agency, report.Year, report.Sections.Count, report.Warnings.Count);
            else
                logger.LogWarning("Skipped {Done}/{Total} {File}: {Kind} {Message}", i + 1, files.Count, Path.GetFileName(file), result.Error?.Kind, result.Error?.Message);
        }
        await corpus.Index.CommitAsync(stoppingToken);
        progress.Complete();
        var status = progress.Current;
        logger.LogInformation("First-start ingestion done: {Indexed} indexed, {Failed} skipped", status.Indexed, status.Failed);
    }
}
