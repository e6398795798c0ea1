using Microsoft.Extensions.Logging;
using SearchMining.Corpus.Health;

namespace SearchMining.Corpus.Ingestion;

/// <summary>
/// Runs on every start of the service: checks the index files (<see cref="CorpusOptions.VerifyIndexOnStart"/>), compares
/// the index with the kept originals and the bundled corpus (<see cref="CorpusOptions.CorpusPath"/>) and ingests what is
/// missing — after a first start, a rebuild, or an ingestion a crash or kill cut short. Progress, and the names of the
/// reports still missing, go to the log and to <see cref="Progress"/> (shown by /healthz). Searches see each report as
/// soon as its batch is committed.
/// </summary>
public sealed class StartupIngestion(ReportCorpus corpus, ILogger<StartupIngestion> logger)
{
    public IngestionProgress Progress { get; } = new();

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var options = corpus.Options;
        var bundled = options.IngestBundledReports ? options.CorpusPath : null;
        var what = bundled is null ? "kept originals" : $"kept originals and {bundled}";
        try
        {
            Progress.Checking(what);
            var index = corpus.Index;
            if (options.VerifyIndexOnStart)
            {
                try
                {
                    await Task.Run(index.VerifyIntegrity, stoppingToken);
                }
                catch (Exception e) when (corpus.Health.Report(e) is { } problem)
                {
                    Progress.Fail(problem.Message);
                    logger.LogCritical("The index at {IndexPath} failed its start-up check: {Message}", options.IndexPath, problem.Message);
                    return;
                }
            }
            if (index.IsReadOnly)
            {
                Progress.NothingMissing(what);
                logger.LogWarning("Index at {IndexPath} is read-only: nothing is ingested on start", options.IndexPath);
                return;
            }
            var (plan, summary) = await corpus.ResumeAsync(bundled, plan =>
            {
                var reason = Reason(plan, index.Stats.Reports);
                Progress.Start(what, plan.Sources.Select(s => Path.GetFileName(s.Name)).ToList(), reason);
                logger.LogInformation("{Reason}: ingesting {Count} reports into {IndexPath}", reason, plan.Sources.Count, options.IndexPath);
            }, new InlineProgress<IngestProgress>(p =>
            {
                Progress.Advance(p.Done);
                logger.LogInformation("Ingested {Done}/{Total} {File} (committed {Committed})", p.Done, p.Total, Path.GetFileName(p.CurrentFile), p.Committed);
            }), stoppingToken);
            if (summary is null)
            {
                Progress.NothingMissing(what);
                logger.LogInformation("Index at {IndexPath} holds {Reports} reports; nothing missing from {What}", options.IndexPath, index.Stats.Reports, what);
                return;
            }
            foreach (var error in summary.Errors)
                logger.LogWarning("Skipped {File}: {Kind} {Message}", Path.GetFileName(error.File), error.Kind, error.Message);
            foreach (var skipped in summary.Skipped)
                logger.LogWarning("Skipped {File}: not a report ({Message})", Path.GetFileName(skipped.File), skipped.Message);
            foreach (var warning in summary.Warnings) logger.LogWarning("{Warning}", warning);
            Progress.Complete(summary.Results.Count, summary.Errors.Count + summary.Skipped.Count);
            logger.LogInformation("Start-up ingestion done in {Elapsed}: {Added} added, {Replaced} replaced, {Unchanged} unchanged, {Skipped} skipped, {Commits} commits",
                summary.Elapsed, summary.Added, summary.Replaced, summary.Unchanged, summary.Errors.Count + summary.Skipped.Count, summary.Commits);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Start-up ingestion stopped with the host; the next start ingests the rest");
        }
        catch (CorpusUnavailableException e)
        {
            Progress.Fail(e.Message);
            logger.LogCritical("Start-up ingestion stopped: {Message}", e.Message);
        }
        catch (Exception e)
        {
            Progress.Fail(e.Message);
            logger.LogError(e, "Start-up ingestion failed");
        }
    }

    private static string Reason(ResumePlan plan, int indexed)
    {
        var parts = new List<string>();
        if (plan.KeptMissing > 0) parts.Add($"{plan.KeptMissing} kept originals are not in the index{(indexed == 0 ? " (a new or rebuilt index)" : " (an interrupted ingestion)")}");
        if (plan.BundledNew > 0) parts.Add($"{plan.BundledNew} bundled reports were never ingested");
        return string.Join("; ", parts);
    }
}
