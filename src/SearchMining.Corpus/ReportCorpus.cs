using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SearchMining.Analysis.Jieba;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Corpus.Ingestion;
using SearchMining.Corpus.Views;
using SearchMining.Index.Analysis;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;

namespace SearchMining.Corpus;

/// <summary>
/// The corpus: the one entry the service and the command line use to store, ingest, delete, search and summarise reports.
/// It owns the index (opened on first use), the file reader, the theme classifier, the first-start ingestion and the
/// corpus-wide views; callers never wire <see cref="ReportIndex"/> or <see cref="ReportIngestor"/> themselves.
/// Thread-safe; dispose it to close the index.
/// </summary>
public sealed class ReportCorpus : IDisposable
{
    private readonly Lazy<ReportIndex> _index;
    private readonly Lazy<SectionSearchEngine> _search;
    private readonly ILogger _logger;

    /// <param name="options">Paths should be absolute (see <see cref="CorpusOptions.ResolvedAgainst"/>); relative ones resolve against the working folder.</param>
    /// <param name="segmenter">One segmenter for the index analyzers and the classifier (its dictionary is the biggest thing in memory).</param>
    public ReportCorpus(CorpusOptions options, JiebaSegmenter segmenter, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(segmenter);
        loggers ??= NullLoggerFactory.Instance;
        Options = options;
        _logger = loggers.CreateLogger<ReportCorpus>();
        Reader = new ReportFileReader();
        Classifier = new ClassifierProvider(options.UseClassifier ? options.ModelPath : null, segmenter, loggers.CreateLogger<ClassifierProvider>());
        _index = new Lazy<ReportIndex>(() => OpenIndex(segmenter), LazyThreadSafetyMode.ExecutionAndPublication);
        _search = new Lazy<SectionSearchEngine>(() => new SectionSearchEngine(Index), LazyThreadSafetyMode.ExecutionAndPublication);
        Reports = new CorpusReports(() => Index);
        Startup = new StartupIngestion(this, loggers.CreateLogger<StartupIngestion>());
    }

    public CorpusOptions Options { get; }

    /// <summary>The index, opened on first use; throws <see cref="IndexOpenException"/> when it cannot be opened.</summary>
    public ReportIndex Index => _index.Value;

    /// <summary>Full-text search, more-like-this and facets over the index.</summary>
    public SectionSearchEngine Search => _search.Value;

    /// <summary>Digests of every report for the corpus-wide views (commitments, contacts, themes, stats).</summary>
    public CorpusReports Reports { get; }

    public ClassifierProvider Classifier { get; }

    /// <summary>The first-start ingestion of the bundled corpus and its progress.</summary>
    public StartupIngestion Startup { get; }

    public ReportFileReader Reader { get; }

    /// <summary>True when the options' index folder holds a committed index (nothing is created to find out).</summary>
    public static bool IndexExists(CorpusOptions options) => ReportIndex.Exists(options.IndexPath);

    /// <summary>Opens the index now; the reason when it cannot be opened (schema mismatch without rebuild, locked, unreadable).</summary>
    public IndexOpenError? TryOpen()
    {
        try
        {
            _ = Index;
            return null;
        }
        catch (IndexOpenException e)
        {
            return e.Error;
        }
    }

    /// <summary>An ingestor over this corpus's index, reader and classifier, committing every <paramref name="batchSize"/> files.</summary>
    public ReportIngestor CreateIngestor(int? batchSize = null) => new(Index, Reader, Classifier.Classifier, batchSize ?? Options.BatchSize);

    /// <summary>Ingests files (a folder's reports, see <see cref="ReportIngestor.FindReportFiles"/>), committing per batch.</summary>
    public Task<IngestSummary> IngestFilesAsync(IReadOnlyList<string> files, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        CreateIngestor().IngestFilesAsync(files, progress, cancellationToken);

    /// <summary>File → parsed report → classified statements → index, committed. A file that cannot be parsed leaves the index untouched.</summary>
    public async Task<IngestionResult> IngestAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var outcome = await Reader.ReadAsync(content, fileName, cancellationToken);
        if (outcome.Report is not { } parsed) return new IngestionResult(null, null, outcome.Error, null);
        var (indexed, warning) = await CreateIngestor().IngestReportAsync(parsed, cancellationToken);
        await Index.CommitAsync(cancellationToken);
        return new IngestionResult(Index.GetReport(indexed.ReportId) ?? parsed, indexed, null, warning);
    }

    /// <summary>Removes a report and commits; false when no such report was indexed.</summary>
    public async Task<bool> DeleteAsync(string reportId, CancellationToken cancellationToken = default)
    {
        if (!await Index.DeleteAsync(reportId, cancellationToken)) return false;
        await Index.CommitAsync(cancellationToken);
        _logger.LogInformation("Report {ReportId} deleted", reportId);
        return true;
    }

    /// <summary>The whole report as indexed, or null for an unknown id.</summary>
    public Report? GetReport(string reportId) => Index.GetReport(reportId);

    public ReportPage ListReports(ReportListFilter? filter = null, int offset = 0, int limit = 50) => Index.ListReports(filter, offset, limit);

    public IndexStats Stats => Index.Stats;

    private ReportIndex OpenIndex(JiebaSegmenter segmenter)
    {
        var result = ReportIndex.TryOpen(new ReportIndexOptions(Options.IndexPath, IndexAnalyzerSets.CreateJieba(segmenter), Options.RebuildOnSchemaMismatch));
        if (result.Error is { } error)
        {
            _logger.LogCritical("Cannot open the index at {IndexPath}: {Kind} {Message}", Options.IndexPath, error.Kind, error.Message);
            throw new IndexOpenException(error);
        }
        _logger.LogInformation("Index open at {IndexPath}", Options.IndexPath);
        return result.Index!;
    }

    public void Dispose()
    {
        if (_index.IsValueCreated) _index.Value.Dispose();
        Classifier.Dispose();
    }
}
