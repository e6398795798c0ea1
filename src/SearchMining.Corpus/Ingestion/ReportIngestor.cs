using System.Diagnostics;
using SearchMining.Core.Classification;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Index.Storage;

namespace SearchMining.Corpus.Ingestion;

/// <summary>
/// Files → <see cref="ReportFileReader"/> → optional <see cref="IStatementClassifier"/> → <see cref="ReportIndex"/>,
/// committing after every batch so a crash loses at most one batch. Per-file failures are collected, never thrown.
/// </summary>
public sealed class ReportIngestor(ReportIndex index, ReportFileReader reader, IStatementClassifier? classifier = null, int batchSize = ReportIngestor.DefaultBatchSize)
{
    public const int DefaultBatchSize = 50;

    private readonly int _batchSize = Math.Max(1, batchSize);

    /// <summary>Report files in a folder (supported extensions, sorted by name); a file path is returned as is.</summary>
    public static IReadOnlyList<string> FindReportFiles(string path, bool recursive = true)
    {
        if (File.Exists(path)) return [path];
        if (!Directory.Exists(path)) return [];
        return Directory.EnumerateFiles(path, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(f => ReportFileReader.SupportedExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IngestSummary> IngestFilesAsync(IReadOnlyList<string> files, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var results = new List<IngestResult>();
        var errors = new List<FileIngestError>();
        var warnings = new List<string>();
        var commits = 0;
        var pending = 0;
        var committed = 0;
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = files[i];
            var outcome = await reader.ReadAsync(file, cancellationToken).ConfigureAwait(false);
            if (outcome.Report is { } report)
            {
                var (result, warning) = await IngestReportAsync(report, cancellationToken).ConfigureAwait(false);
                results.Add(result);
                if (warning is not null) warnings.Add(warning);
            }
            else
            {
                errors.Add(new FileIngestError(file, outcome.Error?.Kind.ToString() ?? "Unknown", outcome.Error?.Message ?? "not a report"));
            }
            pending++;
            var commitNow = pending >= _batchSize || i == files.Count - 1;
            if (commitNow)
            {
                await index.CommitAsync(cancellationToken).ConfigureAwait(false);
                commits++;
                committed += pending;
                pending = 0;
            }
            progress?.Report(new IngestProgress(i + 1, files.Count, file, committed, commitNow));
        }
        return new IngestSummary(files.Count, results, errors, warnings, commits, watch.Elapsed);
    }

    /// <summary>Classifies (when a classifier is present) and upserts one parsed report; does not commit.</summary>
    public async Task<(IngestResult Result, string? Warning)> IngestReportAsync(Report report, CancellationToken cancellationToken = default)
    {
        var (classified, warning) = Classify(report);
        var result = await index.UpsertAsync(classified, cancellationToken).ConfigureAwait(false);
        return (result, warning);
    }

    /// <summary>The report with themes on its statements and commitments, or unchanged plus a warning when the classifier fails.</summary>
    private (Report Report, string? Warning) Classify(Report report)
    {
        if (classifier is null) return (report, null);
        try
        {
            return (new ReportThemeTagger(classifier).Apply(report), null);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return (report, $"{report.SourceFile}: the classifier failed ({e.GetType().Name}: {e.Message}); indexed without themes.");
        }
    }
}
