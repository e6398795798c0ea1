using System.Diagnostics;
using SearchMining.Core.Classification;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Corpus.Storage;
using SearchMining.Corpus.Writing;
using SearchMining.Index.Storage;

namespace SearchMining.Corpus.Ingestion;

/// <summary>
/// Files → <see cref="ReportFileReader"/> → optional <see cref="IStatementClassifier"/> → <see cref="ReportIndex"/> (and,
/// within a corpus, the kept originals), committing after every batch so a crash loses at most one batch — and a
/// batch's originals are kept before its reports are written, so the next start ingests what the crash lost.
/// Per-file failures are collected, never thrown; a storage fault stops the run (the current batch changes nothing).
/// A file that does not read as a report is skipped (<see cref="IngestSummary.Skipped"/>).
/// </summary>
public sealed class ReportIngestor
{
    public const int DefaultBatchSize = CorpusOptions.BulkBatchSize;

    private readonly CorpusWriter _writer;
    private readonly ReportFileReader _reader;
    private readonly int _batchSize;
    private readonly OriginalOrigin _origin;

    /// <summary>An ingestor straight over an index (no originals kept): for throwaway indexes such as evaluation runs.</summary>
    public ReportIngestor(ReportIndex index, ReportFileReader reader, IStatementClassifier? classifier = null, int batchSize = DefaultBatchSize)
        : this(new CorpusWriter(index, null, () => classifier, null), reader, batchSize, OriginalOrigin.Folder)
    {
    }

    internal ReportIngestor(CorpusWriter writer, ReportFileReader reader, int batchSize, OriginalOrigin origin)
    {
        _writer = writer;
        _reader = reader;
        _batchSize = Math.Max(1, batchSize);
        _origin = origin;
    }

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

    public Task<IngestSummary> IngestFilesAsync(IReadOnlyList<string> files, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        IngestAsync(files.Select(file => IngestSource.FromFile(file, _origin, _reader.Limits)).ToList(), progress, cancellationToken);

    internal async Task<IngestSummary> IngestAsync(IReadOnlyList<IngestSource> sources, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var results = new List<IngestResult>();
        var errors = new List<FileIngestError>();
        var skipped = new List<FileIngestError>();
        var warnings = new List<string>();
        var commits = 0;
        var committed = 0;
        var writing = new Stopwatch();
        var waiting = new Stopwatch();
        // Batch k is loaded, parsed, classified and prepared (in parallel) while batch k-1 is written and committed.
        var next = sources.Count == 0 ? null : ReadAheadAsync(sources, 0, [], cancellationToken);
        for (var start = 0; start < sources.Count; start += _batchSize)
        {
            waiting.Start();
            var items = await next!.ConfigureAwait(false);
            waiting.Stop();
            writing.Start();
            // The batch about to be written is the next one's recent history (its check results are computed beforehand).
            var recent = items.Where(Writable).Select(item => item.Prepared!.Report?.Report).OfType<Report>().ToList();
            next = start + _batchSize < sources.Count ? ReadAheadAsync(sources, start + _batchSize, recent, cancellationToken) : null;
            WriteBatch? batch = null;
            try
            {
                // The batch's originals are kept first, in one store transaction (one fsync, not one per report).
                var originals = items.Where(Writable).Where(item => item.File is not null)
                    .Select(item => (item.File!, item.Prepared!.Report?.Report.Id ?? item.Prepared.Parsed.Id)).ToList();
                if (originals.Count > 0)
                {
                    batch = await _writer.BeginAsync(cancellationToken).ConfigureAwait(false);
                    await batch.KeepOriginalsAsync(originals).ConfigureAwait(false);
                }
                // Then its reports, written from several threads at once (in order of outcome).
                var writable = items.Where(Writable).Select(item => item.Prepared!).ToList();
                IReadOnlyList<(IngestResult Result, string? Warning)> written = [];
                if (writable.Count > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    batch ??= await _writer.BeginAsync(cancellationToken).ConfigureAwait(false);
                    written = await batch.AddManyAsync(writable, cancellationToken).ConfigureAwait(false);
                }
                var nextWritten = 0;
                for (var j = 0; j < items.Length; j++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (source, _, loadError, outcome, _) = items[j];
                    if (Writable(items[j]))
                    {
                        var (result, warning) = written[nextWritten++];
                        results.Add(result);
                        if (warning is not null) warnings.Add(warning);
                    }
                    else
                    {
                        var error = loadError ?? outcome?.Error ?? new ParseError(ParseErrorKind.Unreadable, "not a report");
                        (error.Kind == ParseErrorKind.NotAReport ? skipped : errors).Add(new FileIngestError(source.Name, error.Kind.ToString(), error.Message));
                    }
                    var last = j == items.Length - 1;
                    if (last)
                    {
                        if (batch is not null)
                        {
                            await batch.CommitAsync().ConfigureAwait(false);
                            await batch.DisposeAsync().ConfigureAwait(false);
                            batch = null;
                        }
                        commits++;
                        committed = start + items.Length;
                    }
                    progress?.Report(new IngestProgress(start + j + 1, sources.Count, source.Name, committed, last));
                }
            }
            catch
            {
                if (next is not null) await ObserveAsync(next).ConfigureAwait(false); // stop reading ahead before failing
                throw;
            }
            finally
            {
                if (batch is not null) await batch.DisposeAsync().ConfigureAwait(false); // not committed: rolled back
                writing.Stop();
            }
        }
        return new IngestSummary(sources.Count, results, errors, warnings, commits, watch.Elapsed)
        {
            Skipped = skipped,
            Writing = writing.Elapsed,
            WaitingForPreparation = waiting.Elapsed,
        };
    }

    private static bool Writable(ReadAhead item) => item.Outcome?.Report is not null && item.Prepared is not null;

    /// <summary>
    /// Loads, parses and classifies one batch of sources, in parallel (one per core), in order; then computes their check
    /// results (<see cref="Derived.DerivedViews.Precompute"/>), <paramref name="recent"/> being the reports written before
    /// them that the derived store may not have yet; then prepares their documents in parallel, whose <c>checks</c> facet
    /// comes from those results (the rules run once a report, not once for the facet and again for the store).
    /// </summary>
    private Task<ReadAhead[]> ReadAheadAsync(IReadOnlyList<IngestSource> sources, int start, IReadOnlyList<Report> recent, CancellationToken cancellationToken)
    {
        var count = Math.Min(_batchSize, sources.Count - start);
        var items = new ReadAhead[count];
        var classified = new (Report Report, string? Warning)?[count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        return Task.Run(async () =>
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, async (j, ct) =>
            {
                items[j] = await ReadAsync(sources[start + j], ct).ConfigureAwait(false);
                if (items[j].Outcome?.Report is { } report) classified[j] = _writer.Classify(report);
            }).ConfigureAwait(false);
            var checks = _writer.Derived is { } derived
                ? derived.Precompute([.. classified.Select(c => c?.Report)], recent, cancellationToken)
                : new Derived.PackedChecks?[count];
            Parallel.For(0, count, parallel, j =>
            {
                if (classified[j] is not { } ready) return;
                items[j] = items[j] with { Prepared = _writer.Prepare(items[j].Outcome!.Report!, ready.Report, ready.Warning, checks[j]) };
            });
            return items;
        }, cancellationToken);
    }

    private async Task<ReadAhead> ReadAsync(IngestSource source, CancellationToken cancellationToken)
    {
        var (file, loadError) = await source.Load(cancellationToken).ConfigureAwait(false);
        ParseOutcome? outcome = null;
        if (file is not null)
        {
            using var content = new MemoryStream(file.Content, 0, file.Content.Length, writable: false, publiclyVisible: true);
            outcome = await _reader.ReadAsync(content, file.FileName, source.Options with { Force = source.Options.Force || file.Forced }, cancellationToken).ConfigureAwait(false);
        }
        return new ReadAhead(source, file, loadError, outcome, null);
    }

    private static async Task ObserveAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch
        {
            // The run already failed; the read-ahead's own failure (cancellation, most likely) adds nothing.
        }
    }

    private sealed record ReadAhead(IngestSource Source, OriginalFile? File, ParseError? LoadError, ParseOutcome? Outcome, PreparedIngest? Prepared);
}
