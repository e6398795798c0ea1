using SearchMining.Corpus;
using SearchMining.Corpus.Views;
using SearchMining.Index.Searching;
using SearchMining.Index.Views;
using SearchMining.Workflows.Batch;
using SearchMining.Workflows.Charts;
using SearchMining.Workflows.Citations;
using SearchMining.Workflows.Contacts;
using SearchMining.Workflows.Reading;
using SearchMining.Workflows.SavedSearches;

namespace SearchMining.Workflows;

/// <summary>
/// What researchers and journalists do with the corpus beyond one search: open a report at the hit, cite it, run a
/// batch of queries, save searches and follow their new hits, look up contacts, chart where the hits fall. One entry
/// over a <see cref="ReportCorpus"/>; the service and the command line use it alike. Thread-safe; dispose it to close
/// the workflow database.
/// </summary>
public sealed class ReportWorkflows : IDisposable
{
    private readonly Lazy<ReportSources> _sources;
    private readonly Lazy<SavedSearchService> _saved;
    private readonly Lock _gate = new();
    private (IReadOnlyList<ReportViewRow> From, IReadOnlyList<AgencyContacts> Directory)? _contacts;

    /// <param name="options">Paths should be absolute (see <see cref="WorkflowOptions.ResolvedAgainst"/>).</param>
    /// <param name="kept">What the corpus keeps of a report's original (upload source URL, bytes), when it keeps originals.</param>
    public ReportWorkflows(ReportCorpus corpus, WorkflowOptions options, TimeProvider? clock = null, Func<string, KeptOriginal?>? kept = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        Corpus = corpus;
        Options = options;
        _sources = new Lazy<ReportSources>(() => new ReportSources(SourceCatalog.Load(options.SourceFolders), kept), LazyThreadSafetyMode.ExecutionAndPublication);
        _saved = new Lazy<SavedSearchService>(() => new SavedSearchService(SavedSearchStore.Open(options.WorkspacePath), () => corpus.Search, options, clock),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ReportCorpus Corpus { get; }

    public WorkflowOptions Options { get; }

    /// <summary>Sources and originals of reports (SOURCES.tsv catalogues), loaded on first use.</summary>
    public ReportSources Sources => _sources.Value;

    /// <summary>Saved searches and their new hits; the database opens on first use.</summary>
    public SavedSearchService SavedSearches => _saved.Value;

    public BatchRunner Batch => new(Corpus.Search);

    /// <summary>Every match of <paramref name="query"/> in the report's sections, or null for an unknown report.</summary>
    public (ReportMatches? Matches, SearchError? Error) Matches(string reportId, string query)
    {
        if (Corpus.GetReport(reportId) is not { } report) return (null, null);
        var (spans, error) = Corpus.Search.FindMatches(query, report.Sections.Select(s => s.Text).ToList());
        if (error is not null) return (null, error);
        var sections = report.Sections.Select((s, i) => new SectionMatches(s.Ordinal, spans![i].Select(m => new[] { m.Start, m.End }).ToList()))
            .Where(s => s.Spans.Count > 0)
            .ToList();
        return (new ReportMatches(report.Id, query, sections.Sum(s => s.Spans.Count), sections), null);
    }

    /// <summary>The contact directory of the whole corpus (rebuilt when the index changes).</summary>
    public IReadOnlyList<AgencyContacts> Contacts(CancellationToken cancellationToken = default)
    {
        var reports = Corpus.Reports.ViewRows(cancellationToken);
        lock (_gate)
        {
            if (_contacts is { } cached && ReferenceEquals(cached.From, reports)) return cached.Directory;
        }
        var directory = ContactDirectory.Build(reports);
        lock (_gate) _contacts = (reports, directory);
        return directory;
    }

    /// <summary>Where the hits of a search fall, per year and per region at <paramref name="regionLevel"/>.</summary>
    public (HitHistogram? Histogram, SearchError? Error) Histogram(SearchRequest request, string regionLevel, CancellationToken cancellationToken = default)
    {
        var (matches, error) = Corpus.Search.MatchingReports(request);
        if (error is not null) return (null, error);
        var reports = Corpus.Reports.ViewRows(cancellationToken).ToDictionary(r => r.Id, StringComparer.Ordinal);
        return (HitHistograms.Build(matches!, reports, regionLevel), null);
    }

    public void Dispose()
    {
        if (_saved.IsValueCreated) _saved.Value.Store.Dispose();
    }
}
