using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchMining.Core.Domain;
using RegionInfo = SearchMining.Core.Domain.RegionInfo;
using SearchMining.Index.Analysis;
using SearchMining.Index.Schema;
using SearchMining.Index.Storage.Codecs;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchMining.Index.Storage;

/// <summary>
/// The Lucene index of reports: one <see cref="IndexWriter"/> and an NRT <see cref="SearcherManager"/> over a folder.
/// Writes become visible to searches at once and durable at <see cref="CommitAsync"/>; a crash loses only uncommitted work.
/// A failed commit, or <see cref="RollbackAsync"/>, discards every uncommitted write (searches see the last commit again).
/// Opened read-only (<see cref="ReportIndexOptions.ReadOnly"/>, or when the folder cannot be written) it searches the last
/// commit and refuses writes. Thread-safe.
/// </summary>
public sealed class ReportIndex : IDisposable, IAsyncDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly Analyzer? _indexingAnalyzer;
    private readonly string? _contentKey;
    private IndexWriter? _writer;
    private SearcherManager _searchers;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private int _refreshNeeded;
    private int _uncommitted;
    /// <summary>Fingerprints written since the searcher was last refreshed (null = deleted), so writes need no refresh.</summary>
    private readonly Dictionary<string, string?> _unrefreshed = new(StringComparer.Ordinal);
    /// <summary>Reports written since the last refresh by version key (file name, agency, year); guarded by the <see cref="_unrefreshed"/> lock.</summary>
    private readonly Dictionary<string, HashSet<string>> _unrefreshedVersions = new(StringComparer.Ordinal);
    private bool _disposed;

    private ReportIndex(string path, IndexAnalyzers analyzers, LuceneDirectory directory, Analyzer? indexingAnalyzer, IndexWriter? writer, string? contentKey, string? readOnlyReason)
    {
        Path = path;
        Analyzers = analyzers;
        _directory = directory;
        _indexingAnalyzer = indexingAnalyzer;
        _writer = writer;
        _contentKey = contentKey;
        ReadOnlyReason = readOnlyReason;
        _searchers = writer is not null
            ? new SearcherManager(writer, applyAllDeletes: true, searcherFactory: new RankingSimilarity())
            : new SearcherManager(directory, new RankingSimilarity());
    }

    public string Path { get; }

    public IndexAnalyzers Analyzers { get; }

    /// <summary>Why writes are refused (opened read-only, or the writer could not be reopened), null when the index is writable.</summary>
    public string? ReadOnlyReason { get; private set; }

    public bool IsReadOnly => ReadOnlyReason is not null;

    /// <summary>The content key of the last commit (see <see cref="ReportIndexOptions.ContentKey"/>), when recorded.</summary>
    public string? CommittedContentKey => (ReadCommitData().TryGetValue(IndexSchema.ContentKeyKey, out var key) ? key : null);

    /// <summary>Opens (or creates) the index; never throws for a mismatched, locked, unwritable or unreadable index.</summary>
    public static IndexOpenResult TryOpen(ReportIndexOptions options)
    {
        IndexCodec.EnsureRegistered();
        var path = System.IO.Path.GetFullPath(options.Path);
        LuceneDirectory? directory = null;
        try
        {
            if (options.ReadOnly) return OpenReadOnly(options, path);
            System.IO.Directory.CreateDirectory(path);
            directory = FSDirectory.Open(path);
            var mode = OpenMode.CREATE_OR_APPEND;
            string? rebuiltFrom = null;
            if (DirectoryReader.IndexExists(directory))
            {
                var found = ReadSchema(directory, withContentKey: options.ContentKey is not null);
                var expected = ExpectedSchema(options);
                if (options.Recreate)
                {
                    mode = OpenMode.CREATE;
                    rebuiltFrom = found;
                }
                else if (found != expected)
                {
                    if (!options.RebuildOnSchemaMismatch)
                    {
                        directory.Dispose();
                        return new IndexOpenResult(null, new IndexOpenError(IndexOpenErrorKind.SchemaMismatch,
                            $"The index at {path} was written with schema '{found}', this program writes '{expected}'. Rebuild it (searchmining index --rebuild).",
                            found));
                    }
                    mode = OpenMode.CREATE;
                    rebuiltFrom = found;
                }
            }

            IndexWriter writer;
            Analyzer indexing;
            try
            {
                (writer, indexing) = CreateWriter(directory, options.Analyzers, mode);
            }
            catch (Exception e) when (options.ReadOnlyWhenUnwritable && mode != OpenMode.CREATE && IndexFault.From(e) is { Kind: IndexFaultKind.Unwritable or IndexFaultKind.OutOfDisk } fault
                                      && DirectoryReader.IndexExists(directory))
            {
                return new IndexOpenResult(new ReportIndex(path, options.Analyzers, directory, options.Analyzers.CreateIndexingAnalyzer(), null, options.ContentKey, fault.Message), null);
            }
            var index = new ReportIndex(path, options.Analyzers, directory, indexing, writer, options.ContentKey, null);
            try
            {
                if (mode == OpenMode.CREATE || !DirectoryReader.IndexExists(directory) || writer.CommitData.Count == 0)
                    index.CommitCore();
            }
            catch
            {
                directory = null; // closed by the index
                index.Dispose(); // releases the write lock
                throw;
            }
            return new IndexOpenResult(index, null, rebuiltFrom);
        }
        catch (LockObtainFailedException e)
        {
            directory?.Dispose();
            return new IndexOpenResult(null, new IndexOpenError(IndexOpenErrorKind.Locked, $"The index at {path} is locked by another writer: {e.Message}"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var existed = directory is not null && SafeIndexExists(directory);
            directory?.Dispose();
            // Anything else thrown while reading an existing index means its files are not what its segments say.
            var fault = IndexFault.From(e) ?? new IndexFault(existed ? IndexFaultKind.Corrupt : IndexFaultKind.IoError, $"{e.GetType().Name}: {e.Message}");
            var kind = fault.Kind switch
            {
                IndexFaultKind.Corrupt => IndexOpenErrorKind.Corrupt,
                IndexFaultKind.Unwritable or IndexFaultKind.OutOfDisk => IndexOpenErrorKind.Unwritable,
                IndexFaultKind.Locked => IndexOpenErrorKind.Locked,
                _ => IndexOpenErrorKind.Unreadable,
            };
            return new IndexOpenResult(null, new IndexOpenError(kind, $"The index at {path} cannot be opened: {fault.Message}"));
        }
    }

    private static bool SafeIndexExists(LuceneDirectory directory)
    {
        try
        {
            return DirectoryReader.IndexExists(directory);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }

    private static IndexOpenResult OpenReadOnly(ReportIndexOptions options, string path)
    {
        if (!System.IO.Directory.Exists(path))
            return new IndexOpenResult(null, new IndexOpenError(IndexOpenErrorKind.Missing, $"No index at {path}."));
        var directory = FSDirectory.Open(path);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                directory.Dispose();
                return new IndexOpenResult(null, new IndexOpenError(IndexOpenErrorKind.Missing, $"No index at {path}."));
            }
            var found = ReadSchema(directory, withContentKey: false);
            var expected = SchemaText(IndexSchema.Version.ToString(CultureInfo.InvariantCulture), options.Analyzers.Name, null);
            if (found != expected)
            {
                directory.Dispose();
                return new IndexOpenResult(null, new IndexOpenError(IndexOpenErrorKind.SchemaMismatch,
                    $"The index at {path} was written with schema '{found}', this program reads '{expected}'. Rebuild it (searchmining index --rebuild).", found));
            }
            return new IndexOpenResult(new ReportIndex(path, options.Analyzers, directory, null, null, options.ContentKey, "opened read-only"), null);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    private static (IndexWriter Writer, Analyzer Indexing) CreateWriter(LuceneDirectory directory, IndexAnalyzers analyzers, OpenMode mode)
    {
        var indexing = analyzers.CreateIndexingAnalyzer();
        try
        {
            var config = WriterSettings.Create(indexing, mode);
            return (new IndexWriter(directory, config), indexing);
        }
        catch
        {
            indexing.Dispose();
            throw;
        }
    }

    /// <summary>The schema an index opened with <paramref name="options"/> is written with (version, analyzers, content key).</summary>
    public static string ExpectedSchema(ReportIndexOptions options) =>
        SchemaText(IndexSchema.Version.ToString(CultureInfo.InvariantCulture), options.Analyzers.Name, options.ContentKey);

    /// <summary>The schema of the index at <paramref name="path"/> (as <see cref="ExpectedSchema"/> writes it), null when there is none or it cannot be read.</summary>
    public static string? FindSchema(string path)
    {
        if (!System.IO.Directory.Exists(path)) return null;
        try
        {
            using var directory = FSDirectory.Open(path);
            return DirectoryReader.IndexExists(directory) ? ReadSchema(directory) : null;
        }
        catch (Exception e) when (IndexFault.From(e) is not null)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="path"/> holds a committed index (opening never needs to create one).</summary>
    public static bool Exists(string path)
    {
        if (!System.IO.Directory.Exists(path)) return false;
        try
        {
            using var directory = FSDirectory.Open(path);
            return DirectoryReader.IndexExists(directory);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Opens (or creates) the index, throwing <see cref="IndexOpenException"/> when it cannot.</summary>
    public static ReportIndex Open(ReportIndexOptions options)
    {
        var result = TryOpen(options);
        return result.Index ?? throw new IndexOpenException(result.Error!);
    }

    /// <summary>
    /// Adds the report, or replaces the report with the same id; identical content is left alone. A report's id is
    /// the hash of its text, so an edited copy of a file has a new id: when an indexed report has the same source file
    /// name, agency and year, it is taken for the previous version and replaced (<see cref="IngestResult.Superseded"/>).
    /// A file name alone is not enough (many downloads are called report.pdf), nor are agency and year alone.
    /// </summary>
    public Task<IngestResult> UpsertAsync(Report report, CancellationToken cancellationToken = default) => UpsertAsync(Prepare(report, null), cancellationToken);

    /// <summary>The report's stored JSON, fingerprint and documents, ready for <see cref="UpsertAsync(PreparedReport, CancellationToken)"/>; thread-safe, touches no index state.</summary>
    /// <param name="failedChecks">Its own failed rules when its check results are known already (<see cref="SectionDocumentBuilder.FailedOwnChecks"/>); null = run the rules.</param>
    public PreparedReport Prepare(Report report, IReadOnlyList<string>? failedChecks = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        // The body restores the report exactly (StoredReportBody), so its hash identifies the content as the whole JSON's did.
        var body = StoredReportJson.SerializeBody(report);
        var fingerprint = StoredReportJson.Fingerprint(body);
        return new PreparedReport(report, fingerprint, SectionDocumentBuilder.Build(report, body, fingerprint, Analyzers.SmartCn is not null, _indexingAnalyzer, failedChecks));
    }

    /// <summary><see cref="UpsertAsync(Report, CancellationToken)"/> of a report prepared beforehand (possibly on another thread).</summary>
    public async Task<IngestResult> UpsertAsync(PreparedReport prepared, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var report = prepared.Report;
        var fingerprint = prepared.Fingerprint;
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var writer = Writer;
            var existing = CurrentFingerprint(report.Id);
            if (existing == fingerprint)
                return new IngestResult(report.Id, report.SourceFile, IngestOutcome.Unchanged, report.Sections.Count, 0);

            cancellationToken.ThrowIfCancellationRequested();
            var superseded = existing is null ? PreviousVersions(report) : [];
            var documents = prepared.Documents;
            foreach (var old in superseded)
            {
                writer.DeleteDocuments(new Term(IndexFields.ReportId, old));
                MarkWritten(old, null);
            }
            writer.UpdateDocuments(new Term(IndexFields.ReportId, report.Id), documents);
            MarkWritten(report.Id, fingerprint, VersionKey(report));
            return new IngestResult(report.Id, report.SourceFile, existing is null && superseded.Count == 0 ? IngestOutcome.Added : IngestOutcome.Replaced,
                report.Sections.Count, documents.Count - 1) { Superseded = superseded };
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// <see cref="UpsertAsync(PreparedReport, CancellationToken)"/> of several reports in order, with the same outcomes, but
    /// the documents are handed to the writer from one thread per core (Lucene inverts and stores documents added from
    /// several threads in parallel, each into its own segment buffer): bulk ingestion's one writer was the bottleneck.
    /// A report that replaces one written earlier in the same list (same id, or an earlier version) waits for it.
    /// </summary>
    public async Task<IReadOnlyList<IngestResult>> UpsertManyAsync(IReadOnlyList<PreparedReport> prepared, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var writer = Writer;
            var results = new IngestResult[prepared.Count];
            var pending = new List<PreparedReport>();
            var pendingIds = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < prepared.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var ready = prepared[i];
                var report = ready.Report;
                var existing = CurrentFingerprint(report.Id);
                if (existing == ready.Fingerprint)
                {
                    results[i] = new IngestResult(report.Id, report.SourceFile, IngestOutcome.Unchanged, report.Sections.Count, 0);
                    continue;
                }
                var superseded = existing is null ? PreviousVersions(report) : [];
                if (pendingIds.Contains(report.Id) || superseded.Any(pendingIds.Contains)) WritePending(writer, pending, pendingIds);
                foreach (var old in superseded)
                {
                    writer.DeleteDocuments(new Term(IndexFields.ReportId, old));
                    MarkWritten(old, null);
                }
                pending.Add(ready);
                pendingIds.Add(report.Id);
                MarkWritten(report.Id, ready.Fingerprint, VersionKey(report));
                results[i] = new IngestResult(report.Id, report.SourceFile, existing is null && superseded.Count == 0 ? IngestOutcome.Added : IngestOutcome.Replaced,
                    report.Sections.Count, ready.Documents.Count - 1) { Superseded = superseded };
            }
            WritePending(writer, pending, pendingIds);
            return results;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Writes the reports (each replacing its own id's documents) from one thread per core. Call under the write gate.</summary>
    private static void WritePending(IndexWriter writer, List<PreparedReport> pending, HashSet<string> pendingIds)
    {
        try
        {
            Parallel.ForEach(pending, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                ready => writer.UpdateDocuments(new Term(IndexFields.ReportId, ready.Report.Id), ready.Documents));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]); // the fault as the sequential writer would throw it
        }
        pending.Clear();
        pendingIds.Clear();
    }

    /// <summary>Removes every document of the report; false when no such report was indexed.</summary>
    public async Task<bool> DeleteAsync(string reportId, CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var writer = Writer;
            if (CurrentFingerprint(reportId) is null) return false;
            writer.DeleteDocuments(new Term(IndexFields.ReportId, reportId));
            MarkWritten(reportId, null);
            return true;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// Makes every write so far durable (one atomic Lucene commit with the schema in its user data). Without writes since
    /// the last commit nothing is written, so re-ingesting unchanged files leaves the index files as they were.
    /// When the commit fails (disk full, folder unwritable …) every uncommitted write is discarded, as by
    /// <see cref="RollbackAsync"/>, and the exception is rethrown: the index stays as it was at the last commit.
    /// </summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Volatile.Read(ref _uncommitted) == 0) return; // writes also take the gate: nothing can slip in meanwhile
            try
            {
                await Task.Run(CommitCore, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                RollbackCore();
                throw;
            }
            Interlocked.Exchange(ref _uncommitted, 0);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// Discards every write since the last commit: searches see the last commit again. The writer is reopened; when that
    /// fails (the folder became unwritable) the index goes on read-only (<see cref="ReadOnlyReason"/>).
    /// </summary>
    public async Task RollbackAsync()
    {
        await _writeGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_writer is not null) RollbackCore();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// Reads every file of the last commit and checks its checksum (Lucene's <c>CheckIntegrity</c>): throws
    /// <see cref="CorruptIndexException"/> or an <see cref="IOException"/> when a file is damaged. Reads the whole index.
    /// </summary>
    public void VerifyIntegrity() => WithSearcher(searcher =>
    {
        foreach (var leaf in searcher.IndexReader.Leaves) leaf.AtomicReader.CheckIntegrity();
        return true;
    });

    /// <summary>Ids of every indexed report (for comparing the index with what should be in it).</summary>
    public IReadOnlySet<string> ReportIds() => WithSearcher(searcher =>
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var fields = new HashSet<string> { IndexFields.ReportId };
        var top = searcher.Search(new TermQuery(new Term(IndexFields.DocKind, DocumentKinds.Report)), Math.Max(1, searcher.IndexReader.MaxDoc));
        foreach (var hit in top.ScoreDocs) ids.Add(searcher.Doc(hit.Doc, fields).Get(IndexFields.ReportId));
        return (IReadOnlySet<string>)ids;
    });

    /// <summary>The whole report as it was indexed, or null for an unknown id.</summary>
    public Report? GetReport(string reportId) =>
        WithSearcher(searcher => FindReportDoc(searcher, reportId) is { } doc ? StoredReportLoader.Load(searcher.IndexReader, doc) : null);

    /// <summary>Reports matching the filter, newest year first, then by source file.</summary>
    public ReportPage ListReports(ReportListFilter? filter = null, int offset = 0, int limit = 50)
    {
        filter ??= ReportListFilter.None;
        offset = Math.Max(0, offset);
        limit = Math.Clamp(limit, 1, 1000);
        var query = new BooleanQuery { { new TermQuery(new Term(IndexFields.DocKind, DocumentKinds.Report)), Occur.MUST } };
        if (filter.Agency is { } agency) query.Add(new TermQuery(new Term(IndexFields.Agency, agency)), Occur.MUST);
        if (filter.Region is { } region) query.Add(new TermQuery(new Term(IndexFields.Region, region)), Occur.MUST);
        if (filter.Level is { } level) query.Add(new TermQuery(new Term(IndexFields.Level, FieldValues.Level(level))), Occur.MUST);
        if (filter.Year is { } year) query.Add(NumericRangeQuery.NewInt32Range(IndexFields.Year, year, year, true, true), Occur.MUST);
        var sort = new Sort(new SortField(IndexFields.YearSort, SortFieldType.INT64, reverse: true), new SortField(IndexFields.SectionId, SortFieldType.STRING));
        return WithSearcher(searcher =>
        {
            var top = searcher.Search(query, null, offset + limit, sort);
            var items = top.ScoreDocs.Skip(offset).Select(hit => ToSummary(searcher.Doc(hit.Doc))).ToList();
            return new ReportPage(top.TotalHits, offset, items);
        });
    }

    /// <summary>The version of the reader searches see now (refreshed after writes): another value whenever the visible index changed; -1 when unknown.</summary>
    public long ReaderVersion => WithSearcher(searcher => searcher.IndexReader is DirectoryReader reader ? reader.Version : -1L);

    public IndexStats Stats => WithSearcher(searcher =>
    {
        int Count(string kind)
        {
            var collector = new TotalHitCountCollector();
            // Numbered sections only: the preamble is searchable as section 0 but is not one of the report's sections.
            searcher.Search(new BooleanQuery
            {
                { new TermQuery(new Term(IndexFields.DocKind, kind)), Occur.MUST },
                { new TermQuery(new Term(IndexFields.SectionTopic, FieldValues.Topic(SectionTopic.Preamble))), Occur.MUST_NOT },
            }, collector);
            return collector.TotalHits;
        }

        var data = ReadCommitData();
        var version = data.TryGetValue(IndexSchema.VersionKey, out var v) && int.TryParse(v, CultureInfo.InvariantCulture, out var n) ? n : 0;
        DateTimeOffset? committed = data.TryGetValue(IndexSchema.CommittedAtKey, out var at) && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;
        var size = _directory.ListAll().Sum(file => SafeLength(file));
        return new IndexStats(Count(DocumentKinds.Report), Count(DocumentKinds.Section), Count(DocumentKinds.Subsection), size, version,
            data.TryGetValue(IndexSchema.AnalyzersKey, out var a) ? a : "", committed);
    });

    /// <summary>Runs <paramref name="read"/> on a current searcher (refreshed after writes), releasing it afterwards.</summary>
    internal T WithSearcher<T>(Func<IndexSearcher, T> read) => WithSearcher(read, refresh: true);

    private T WithSearcher<T>(Func<IndexSearcher, T> read, bool refresh)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (refresh && Interlocked.Exchange(ref _refreshNeeded, 0) == 1) Refresh();
        var searchers = Volatile.Read(ref _searchers);
        IndexSearcher searcher;
        try
        {
            searcher = searchers.Acquire();
        }
        catch (ObjectDisposedException) when (!_disposed && !ReferenceEquals(searchers, Volatile.Read(ref _searchers)))
        {
            return WithSearcher(read, refresh); // a rollback swapped the searcher manager meanwhile
        }
        try
        {
            return read(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>The writer, or an <see cref="InvalidOperationException"/> naming why the index is read-only. Call under the write gate.</summary>
    private IndexWriter Writer => _writer ?? throw new InvalidOperationException($"The index at {Path} is read-only: {ReadOnlyReason}.");

    /// <summary>User data of the last commit (the writer's when writable, else the reader's).</summary>
    private IDictionary<string, string> ReadCommitData()
    {
        if (_writer is { } writer)
        {
            try
            {
                return writer.CommitData;
            }
            catch (ObjectDisposedException)
            {
                // rolled back meanwhile: read what the searcher sees
            }
        }
        return WithSearcher(searcher => searcher.IndexReader is DirectoryReader reader ? reader.IndexCommit.UserData : new Dictionary<string, string>(), refresh: false);
    }

    /// <summary>Rolls the writer back to the last commit and reopens it (or goes read-only). Call under the write gate.</summary>
    private void RollbackCore()
    {
        var old = _writer;
        try
        {
            old?.Rollback();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // the writer is closed either way; what is on disk is the last commit
        }
        Interlocked.Exchange(ref _uncommitted, 0);
        SearcherManager next;
        try
        {
            var writer = CreateWriterOver(OpenMode.APPEND);
            _writer = writer;
            ReadOnlyReason = null;
            next = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: new RankingSimilarity());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _writer = null;
            ReadOnlyReason = IndexFault.From(e)?.Message ?? $"the writer could not be reopened: {e.Message}";
            next = new SearcherManager(_directory, new RankingSimilarity());
        }
        SearcherManager previous;
        lock (_unrefreshed)
        {
            _unrefreshed.Clear();
            _unrefreshedVersions.Clear();
            previous = Interlocked.Exchange(ref _searchers, next);
        }
        Interlocked.Exchange(ref _refreshNeeded, 0);
        previous.Dispose(); // searchers already handed out stay valid until released
    }

    private IndexWriter CreateWriterOver(OpenMode mode)
    {
        var config = WriterSettings.Create(_indexingAnalyzer, mode);
        return new IndexWriter(_directory, config);
    }

    /// <summary>Fingerprint of the indexed report (written but unrefreshed writes included), null when absent. Call under the write gate.</summary>
    private string? CurrentFingerprint(string reportId)
    {
        lock (_unrefreshed)
        {
            if (_unrefreshed.TryGetValue(reportId, out var pending)) return pending;
        }
        return WithSearcher(searcher => FindReportDocument(searcher, reportId)?.Get(IndexFields.Fingerprint), refresh: false);
    }

    /// <summary>Ids of indexed reports from the same file name, agency and year (not yet deleted). Call under the write gate.</summary>
    private IReadOnlyList<string> PreviousVersions(Report report)
    {
        if (VersionKey(report) is not { } key) return [];
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.DocKind, DocumentKinds.Report)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.SourceFile, report.SourceFile)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Agency, report.Agency!)), Occur.MUST },
            { NumericRangeQuery.NewInt32Range(IndexFields.Year, report.Year!.Value, report.Year.Value, true, true), Occur.MUST },
        };
        var ids = WithSearcher(searcher =>
        {
            var top = searcher.Search(query, 100);
            return top.ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get(IndexFields.ReportId)).ToList();
        }, refresh: false); // no reopen per write in a bulk ingest: what the searcher cannot see yet is in _unrefreshedVersions
        lock (_unrefreshed)
        {
            if (_unrefreshedVersions.TryGetValue(key, out var pending)) ids.AddRange(pending);
            return ids.Distinct(StringComparer.Ordinal)
                .Where(id => id != report.Id && !(_unrefreshed.TryGetValue(id, out var fingerprint) && fingerprint is null))
                .Order(StringComparer.Ordinal).ToList();
        }
    }

    private static string? VersionKey(Report report) =>
        string.IsNullOrWhiteSpace(report.Agency) || report.Year is null || string.IsNullOrWhiteSpace(report.SourceFile) ? null : $"{report.SourceFile}\u001f{report.Agency}\u001f{report.Year}";

    private void MarkWritten(string reportId, string? fingerprint, string? versionKey = null)
    {
        Interlocked.Exchange(ref _uncommitted, 1);
        lock (_unrefreshed)
        {
            _unrefreshed[reportId] = fingerprint;
            if (versionKey is not null)
            {
                if (!_unrefreshedVersions.TryGetValue(versionKey, out var ids)) _unrefreshedVersions[versionKey] = ids = new HashSet<string>(StringComparer.Ordinal);
                ids.Add(reportId);
            }
        }
        Interlocked.Exchange(ref _refreshNeeded, 1);
    }

    private void Refresh()
    {
        // Writes made after this point are re-marked by MarkWritten, so clearing before the reopen loses nothing.
        lock (_unrefreshed)
        {
            Volatile.Read(ref _searchers).MaybeRefreshBlocking();
            _unrefreshed.Clear();
            _unrefreshedVersions.Clear();
        }
    }

    internal static Document? FindReportDocument(IndexSearcher searcher, string reportId) =>
        FindReportDoc(searcher, reportId) is { } doc ? searcher.Doc(doc) : null;

    /// <summary>The doc id of a report's report document; null for an unknown id.</summary>
    internal static int? FindReportDoc(IndexSearcher searcher, string reportId)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.DocKind, DocumentKinds.Report)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.ReportId, reportId)), Occur.MUST },
        };
        var top = searcher.Search(query, 1);
        return top.TotalHits == 0 ? null : top.ScoreDocs[0].Doc;
    }

    internal static ReportSummary ToSummary(Document doc)
    {
        var date = doc.GetField(IndexFields.PublishDate)?.GetInt32Value();
        return new ReportSummary(
            doc.Get(IndexFields.ReportId),
            doc.Get(IndexFields.SourceFile),
            doc.Get(IndexFields.Agency),
            new RegionInfo(doc.Get(IndexFields.Province), doc.Get(IndexFields.City), doc.Get(IndexFields.County)),
            FieldValues.TryParseLevel(doc.Get(IndexFields.Level) ?? "", out var level) ? level : AdministrativeLevel.Unknown,
            doc.GetField(IndexFields.Year)?.GetInt32Value(),
            date is { } d ? new DateOnly(d / 10000, d / 100 % 100, d % 100) : null,
            doc.GetField(IndexFields.SectionCount)?.GetInt32Value() ?? 0);
    }

    private void CommitCore()
    {
        var writer = Writer;
        var data = new Dictionary<string, string>
        {
            [IndexSchema.VersionKey] = IndexSchema.Version.ToString(CultureInfo.InvariantCulture),
            [IndexSchema.AnalyzersKey] = Analyzers.Name,
            [IndexSchema.CommittedAtKey] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        if (_contentKey is not null) data[IndexSchema.ContentKeyKey] = _contentKey;
        writer.SetCommitData(data);
        writer.Commit();
        Refresh();
    }

    /// <summary>
    /// After the writer could not be reopened (<see cref="ReadOnlyReason"/>), tries again (the folder may be writable
    /// again, the disk freed); true when the index is writable afterwards.
    /// </summary>
    public async Task<bool> TryRestoreWriterAsync()
    {
        if (_writer is not null) return true;
        if (_indexingAnalyzer is null) return false; // opened read-only on purpose
        await _writeGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_writer is not null) return true;
            IndexWriter writer;
            try
            {
                writer = CreateWriterOver(OpenMode.APPEND);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                ReadOnlyReason = IndexFault.From(e)?.Message ?? $"the writer could not be reopened: {e.Message}";
                return false;
            }
            _writer = writer;
            ReadOnlyReason = null;
            var previous = Interlocked.Exchange(ref _searchers, new SearcherManager(writer, applyAllDeletes: true, searcherFactory: new RankingSimilarity()));
            previous.Dispose();
            return true;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static string ReadSchema(LuceneDirectory directory, bool withContentKey = true)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        var data = infos.UserData;
        return SchemaText(data.TryGetValue(IndexSchema.VersionKey, out var v) ? v : "none", data.TryGetValue(IndexSchema.AnalyzersKey, out var a) ? a : "none",
            withContentKey && data.TryGetValue(IndexSchema.ContentKeyKey, out var k) ? k : null);
    }

    private static string SchemaText(string version, string analyzers, string? contentKey) =>
        contentKey is null ? $"v{version}/{analyzers}" : $"v{version}/{analyzers}/{contentKey}";

    private long SafeLength(string file)
    {
        try
        {
            return _directory.FileLength(file);
        }
        catch (IOException)
        {
            return 0; // a file deleted between listing and measuring
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _searchers.Dispose();
        try
        {
            _writer?.Dispose(waitForMerges: true); // commits pending changes
        }
        catch (Exception e) when (IndexFault.From(e) is not null)
        {
            // the folder became unwritable or the disk is full: what is on disk is the last commit
        }
        _indexingAnalyzer?.Dispose();
        Analyzers.Dispose();
        _directory.Dispose();
        _writeGate.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
