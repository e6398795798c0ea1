using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SearchMining.Analysis.Jieba;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Corpus.Derived;
using SearchMining.Corpus.Health;
using SearchMining.Corpus.Ingestion;
using SearchMining.Corpus.Storage;
using SearchMining.Corpus.Views;
using SearchMining.Corpus.Writing;
using SearchMining.Index.Analysis;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;

namespace SearchMining.Corpus;

/// <summary>
/// The corpus: the one entry the service and the command line use to store, ingest, delete, search and summarise reports.
/// It owns the index folder — the Lucene index, the kept originals (<see cref="OriginalStore"/>) and the writer lock
/// (<see cref="WriterLock"/>: one writing process per folder) — the file reader with its input limits, the theme
/// classifier, the start-up ingestion and the corpus-wide views; callers never wire <see cref="ReportIndex"/> or
/// <see cref="ReportIngestor"/> themselves. Opened on first use; every write commits fully or changes nothing; what is
/// wrong is in <see cref="Health"/>, and a call that cannot be served throws <see cref="CorpusUnavailableException"/>.
/// Thread-safe; dispose it to close the index and release the lock.
/// </summary>
public sealed class ReportCorpus : IDisposable
{
    /// <summary>After a failed open, how long before the next call tries again.</summary>
    public static readonly TimeSpan RetryOpenAfter = TimeSpan.FromSeconds(5);

    private readonly JiebaSegmenter _segmenter;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly Lock _openGate = new();
    private Opened? _opened;
    private (IndexOpenError Error, DateTime At)? _failed;
    private bool _disposed;

    /// <param name="options">Paths should be absolute (see <see cref="CorpusOptions.ResolvedAgainst"/>); relative ones resolve against the working folder.</param>
    /// <param name="segmenter">One segmenter for the index analyzers and the classifier (its dictionary is the biggest thing in memory).</param>
    public ReportCorpus(CorpusOptions options, JiebaSegmenter segmenter, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(segmenter);
        _loggers = loggers ?? NullLoggerFactory.Instance;
        _segmenter = segmenter;
        Options = options;
        _logger = _loggers.CreateLogger<ReportCorpus>();
        Reader = new ReportFileReader(options.Limits);
        Classifier = new ClassifierProvider(options.UseClassifier ? options.ModelPath : null, segmenter, _loggers.CreateLogger<ClassifierProvider>());
        Health = new CorpusHealth(options.IndexPath, options.MinFreeDiskBytes);
        Reports = new CorpusReports(() => Index) { Derived = () => Derived };
        Startup = new StartupIngestion(this, _loggers.CreateLogger<StartupIngestion>());
    }

    public CorpusOptions Options { get; }

    /// <summary>What is wrong with the corpus's storage now (for /healthz).</summary>
    public CorpusHealth Health { get; }

    /// <summary>The index, opened on first use; throws <see cref="CorpusUnavailableException"/> when it cannot be read.</summary>
    public ReportIndex Index => Open().Index;

    /// <summary>Full-text search, more-like-this and facets over the index.</summary>
    public SectionSearchEngine Search => Open().Search;

    /// <summary>The kept originals (null when opened read-only).</summary>
    public OriginalStore? Originals => Open().Store;

    /// <summary>Digests of every report for the corpus-wide views (commitments, contacts, themes, stats).</summary>
    public CorpusReports Reports { get; }

    public ClassifierProvider Classifier { get; }

    /// <summary>The rows computed at ingest for the corpus-wide views (check results), kept beside the index.</summary>
    internal DerivedViews Derived => Open().Derived;

    /// <summary>Raised after a write batch's derived rows are written (or the derived store is rebuilt): views computed from them may refresh.</summary>
    internal event EventHandler? Written;

    /// <summary>Whether the views' stored rows match the index, or are being rebuilt (for /healthz).</summary>
    public DerivedState ViewsState => Open().Derived.State;

    /// <summary>Reports whose check results this process computed, and how many of them before their batch was written (off the writer thread).</summary>
    public (long Computed, long BeforeWriting) ChecksComputed => (Open().Derived.Computed, Open().Derived.Reused);

    /// <summary>The start-up ingestion (what is missing from the index) and its progress.</summary>
    public StartupIngestion Startup { get; }

    /// <summary>Reads files within <see cref="CorpusOptions.Limits"/>.</summary>
    public ReportFileReader Reader { get; }

    /// <summary>True when the options' index folder holds a committed index (nothing is created to find out).</summary>
    public static bool IndexExists(CorpusOptions options) => ReportIndex.Exists(options.IndexPath);

    /// <summary>Opens the corpus now; the reason when it cannot be opened (locked by another writer, schema mismatch without rebuild, damaged …).</summary>
    public IndexOpenError? TryOpen()
    {
        try
        {
            _ = Open();
            return null;
        }
        catch (CorpusUnavailableException e)
        {
            lock (_openGate) return _failed?.Error ?? new IndexOpenError(IndexOpenErrorKind.Unreadable, e.Message);
        }
    }

    /// <summary>An ingestor over this corpus (its originals kept as <paramref name="origin"/>), committing every <paramref name="batchSize"/> files.</summary>
    public ReportIngestor CreateIngestor(int? batchSize = null, OriginalOrigin origin = OriginalOrigin.Folder) =>
        new(WriterOrThrow(), Reader, batchSize ?? Options.BatchSize, origin);

    /// <summary>Ingests files (a folder's reports, see <see cref="ReportIngestor.FindReportFiles"/>), committing per batch.</summary>
    public Task<IngestSummary> IngestFilesAsync(IReadOnlyList<string> files, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        CreateIngestor().IngestFilesAsync(files, progress, cancellationToken);

    /// <summary>One uploaded file → parsed report → classified statements → index, committed with its kept original; a file that cannot be parsed changes nothing.</summary>
    public Task<IngestionResult> IngestAsync(Stream content, string fileName, CancellationToken cancellationToken = default) =>
        IngestAsync(ReadAll(content, fileName), cancellationToken);

    /// <summary>
    /// One original → parsed report (within the input limits; a text that is no report is refused unless
    /// <see cref="OriginalFile.Forced"/>) → classified statements → index, committed together with the kept original.
    /// A file that cannot be parsed changes nothing; a storage fault throws <see cref="CorpusUnavailableException"/> and changes nothing.
    /// </summary>
    public async Task<IngestionResult> IngestAsync(OriginalFile original, CancellationToken cancellationToken = default)
    {
        var writer = WriterOrThrow();
        if (Health.WriteProblem is { } problem && !writer.Index.IsReadOnly) throw new CorpusUnavailableException(problem);
        using var content = new MemoryStream(original.Content, 0, original.Content.Length, writable: false, publiclyVisible: true);
        var outcome = await Reader.ReadAsync(content, original.FileName, new ReadOptions { Force = original.Forced }, cancellationToken);
        if (outcome.Report is not { } parsed) return new IngestionResult(null, null, outcome.Error, null);
        await using var batch = await writer.BeginAsync(cancellationToken);
        var (indexed, warning) = await batch.AddAsync(parsed, original, cancellationToken);
        await batch.CommitAsync();
        return new IngestionResult(writer.Index.GetReport(indexed.ReportId) ?? parsed, indexed, null, warning);
    }

    /// <summary>Removes a report and its kept originals, committed; false when no such report was indexed.</summary>
    public async Task<bool> DeleteAsync(string reportId, CancellationToken cancellationToken = default)
    {
        var writer = WriterOrThrow();
        await using var batch = await writer.BeginAsync(cancellationToken);
        if (!await batch.DeleteAsync(reportId, cancellationToken)) return false;
        await batch.CommitAsync();
        _logger.LogInformation("Report {ReportId} deleted with its kept originals", reportId);
        return true;
    }

    /// <summary>
    /// Ingests what is missing from the index: kept originals whose report is not there (after a rebuild, a crash …) and,
    /// with <paramref name="bundledFolder"/>, bundled files never seen. Null when nothing was missing.
    /// </summary>
    internal async Task<(ResumePlan Plan, IngestSummary? Summary)> ResumeAsync(string? bundledFolder, Action<ResumePlan>? starting, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var opened = Open();
        var writer = WriterOrThrow();
        var plan = await new ResumePlanner(opened.Index, opened.Store!, _logger).PlanAsync(writer, bundledFolder, Options.Limits, cancellationToken);
        if (plan.Sources.Count == 0) return (plan, null);
        starting?.Invoke(plan);
        var summary = await CreateIngestor(origin: OriginalOrigin.Bundled).IngestAsync(plan.Sources, progress, cancellationToken);
        return (plan, summary);
    }

    /// <summary>Ingests the kept originals missing from the index (e.g. after <c>--rebuild</c>); returns how many were missing and what happened.</summary>
    public async Task<IngestSummary?> RestoreMissingAsync(IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        (await ResumeAsync(null, null, progress, cancellationToken)).Summary;

    /// <summary>
    /// The problems now, for /healthz. An index that went read-only after a failed write first gets its writer back
    /// (and the write fault is forgotten) when the folder is writable again and the disk has room.
    /// </summary>
    public async Task<IReadOnlyList<CorpusProblem>> CheckHealthAsync()
    {
        try
        {
            var opened = Open();
            if (opened.Writer is not null && Health.StorageProblem is null && (!opened.Index.IsReadOnly || await opened.Index.TryRestoreWriterAsync()))
                Health.WriteSucceeded();
        }
        catch (CorpusUnavailableException)
        {
            // the reason is among the problems
        }
        return Health.Problems();
    }

    /// <summary>The whole report as indexed, or null for an unknown id.</summary>
    public Report? GetReport(string reportId) => Index.GetReport(reportId);

    public ReportPage ListReports(ReportListFilter? filter = null, int offset = 0, int limit = 50) => Index.ListReports(filter, offset, limit);

    public IndexStats Stats => Index.Stats;

    private CorpusWriter WriterOrThrow()
    {
        var opened = Open();
        return opened.Writer ?? throw new CorpusUnavailableException(Health.WriteProblem
            ?? new CorpusProblem(CorpusProblemCodes.IndexUnwritable, $"The index at {Options.IndexPath} is open read-only: {opened.Index.ReadOnlyReason}", false));
    }

    private Opened Open()
    {
        if (Volatile.Read(ref _opened) is { } opened)
        {
            if (Health.ReadProblem is { } problem) throw new CorpusUnavailableException(problem);
            return opened;
        }
        lock (_openGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_opened is { } again) return again;
            if (_failed is { } failed && DateTime.UtcNow - failed.At < RetryOpenAfter)
                throw new CorpusUnavailableException(Health.ReadProblem ?? new CorpusProblem(CorpusProblemCodes.IndexUnavailable, failed.Error.Message, true));
            try
            {
                var result = OpenCore();
                _failed = null;
                Health.IndexOpened(() => result.Index.IsReadOnly ? result.ReadOnlyReason ?? result.Index.ReadOnlyReason : null);
                Volatile.Write(ref _opened, result);
                result.Derived.Start();
                return result;
            }
            catch (Exception e) when (e is IndexOpenException or IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
            {
                var error = e is IndexOpenException open
                    ? open.Error
                    : new IndexOpenError(IndexOpenErrorKind.Unreadable, $"The corpus at {Options.IndexPath} cannot be opened: {e.Message}");
                _failed = (error, DateTime.UtcNow);
                Health.IndexUnavailable(error);
                _logger.LogCritical(e, "Cannot open the index at {IndexPath}: {Kind} {Message}", Options.IndexPath, error.Kind, error.Message);
                throw new CorpusUnavailableException(Health.ReadProblem!, e);
            }
        }
    }

    private Opened OpenCore()
    {
        var path = Options.IndexPath;
        if (Options.ReadOnly) return OpenReadOnly(path, "opened read-only");
        WriterLock? writerLock = null;
        OriginalStore? store = null;
        try
        {
            try
            {
                writerLock = WriterLock.Acquire(path);
                store = OriginalStore.Open(path);
            }
            catch (WriterLockedException e)
            {
                throw new IndexOpenException(new IndexOpenError(IndexOpenErrorKind.Locked, e.Message));
            }
            catch (Exception e) when (IndexFault.From(e) is { Kind: IndexFaultKind.Unwritable or IndexFaultKind.OutOfDisk } || e is Microsoft.Data.Sqlite.SqliteException)
            {
                // The folder cannot be written: serve what is there read-only, and say so.
                store?.Dispose();
                writerLock?.Dispose();
                _logger.LogError("The index folder {IndexPath} cannot be written ({Message}); opening it read-only", path, e.Message);
                return OpenReadOnly(path, $"the index folder cannot be written: {e.Message}");
            }

            var indexOptions = new ReportIndexOptions(path, IndexAnalyzerSets.CreateJieba(_segmenter), Options.RebuildOnSchemaMismatch)
            {
                ContentKey = ContentKey.For(Options),
                Recreate = Options.Rebuild,
                ReadOnlyWhenUnwritable = true,
            };
            var found = ReportIndex.FindSchema(path);
            if (found is not null && (Options.Rebuild || (Options.RebuildOnSchemaMismatch && found != ReportIndex.ExpectedSchema(indexOptions))))
                KeepTextsWithoutOriginals(path, store);
            var result = ReportIndex.TryOpen(indexOptions);
            if (result.Error is { } error)
            {
                indexOptions.Analyzers.Dispose();
                throw new IndexOpenException(error);
            }
            var index = result.Index!;
            if (result.RebuiltFrom is { } previous)
                _logger.LogWarning("Index at {IndexPath} rebuilt (it had schema {Previous}, this program writes {Expected}); its {Count} kept originals are ingested again",
                    path, previous, ReportIndex.ExpectedSchema(indexOptions), store.Count().Kept);
            _logger.LogInformation("Index open at {IndexPath} ({Schema}){ReadOnly}", path, ReportIndex.ExpectedSchema(indexOptions),
                index.IsReadOnly ? $", read-only: {index.ReadOnlyReason}" : "");
            var derived = OpenDerived(index, writable: !index.IsReadOnly);
            var writer = new CorpusWriter(index, store, () => Classifier.Classifier, Health, _logger) { Derived = derived };
            return new Opened(index, store, writerLock, writer, new SectionSearchEngine(index), derived);
        }
        catch
        {
            store?.Dispose();
            writerLock?.Dispose();
            throw;
        }
    }

    private Opened OpenReadOnly(string path, string reason)
    {
        var analyzers = IndexAnalyzerSets.CreateJieba(_segmenter);
        var result = ReportIndex.TryOpen(new ReportIndexOptions(path, analyzers) { ReadOnly = true });
        if (result.Error is { } error)
        {
            analyzers.Dispose();
            throw new IndexOpenException(error);
        }
        if (!Options.ReadOnly) _logger.LogWarning("Index at {IndexPath} open read-only: {Reason}", path, reason);
        return new Opened(result.Index!, null, null, null, new SectionSearchEngine(result.Index!), OpenDerived(result.Index!, writable: false)) { ReadOnlyReason = reason };
    }

    /// <summary>The derived store beside the index; in memory (rebuilt from the index) when the folder must not or cannot be written.</summary>
    private DerivedViews OpenDerived(ReportIndex index, bool writable)
    {
        DerivedStore store;
        try
        {
            store = writable ? DerivedStore.Open(index.Path) : DerivedStore.InMemory();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            _logger.LogError(e, "The derived store beside {IndexPath} cannot be opened; the corpus views are kept in memory", index.Path);
            store = DerivedStore.InMemory();
        }
        var views = new DerivedViews(store, () => index, _loggers.CreateLogger<DerivedViews>());
        views.Written += (_, _) => Written?.Invoke(this, EventArgs.Empty);
        return views;
    }

    /// <summary>Before an index is wiped: the text of every report in it that has no kept original is kept (an index from before the store).</summary>
    private void KeepTextsWithoutOriginals(string path, OriginalStore store)
    {
        var keptIds = store.List().Select(o => o.ReportId).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<StoredReportText> texts;
        try
        {
            texts = StoredReportTexts.Read(path, id => !keptIds.Contains(id) && !store.WasRemoved(id));
        }
        catch (Exception e) when (IndexFault.From(e) is not null)
        {
            _logger.LogError(e, "The index at {IndexPath} is to be rebuilt but its reports could not be read to keep their texts", path);
            return;
        }
        foreach (var text in texts) store.Add(ResumePlanner.Recovered(text.SourceFile, text.Text), text.ReportId);
        if (texts.Count > 0) _logger.LogWarning("Kept the text of {Count} reports without an original before rebuilding the index at {IndexPath}", texts.Count, path);
    }

    private static OriginalFile ReadAll(Stream content, string fileName)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        return new OriginalFile(buffer.ToArray(), Path.GetFileName(fileName), ContentTypes.For(fileName), OriginalOrigin.Upload);
    }

    public void Dispose()
    {
        lock (_openGate)
        {
            if (_disposed) return;
            _disposed = true;
            if (_opened is { } opened)
            {
                opened.Derived.Dispose();
                opened.Index.Dispose();
                opened.Store?.Dispose();
                opened.Lock?.Dispose();
            }
        }
        Classifier.Dispose();
    }

    private sealed record Opened(ReportIndex Index, OriginalStore? Store, WriterLock? Lock, CorpusWriter? Writer, SectionSearchEngine Search, DerivedViews Derived)
    {
        public string? ReadOnlyReason { get; init; }
    }
}
