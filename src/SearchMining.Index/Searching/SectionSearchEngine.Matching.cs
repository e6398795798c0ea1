using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Index.Highlighting;
using SearchMining.Index.Querying;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Searching;

/// <summary>
/// What the reading workflows need beyond a page of hits: every place a query matches in a whole report (open at the
/// hit), the complete set of matching reports (alerts of saved searches) and the best sections of chosen reports.
/// </summary>
public sealed partial class SectionSearchEngine
{
    /// <summary>Most report ids <see cref="SearchWithin"/> restricts a search to.</summary>
    public const int MaxWithinReports = 500;

    /// <summary>
    /// Every occurrence of the query's words and phrases in each text (the sections of one report, say), as [start, end)
    /// spans — the same matching as the snippets' highlights. Field clauses and excluded words mark nothing.
    /// </summary>
    public (IReadOnlyList<IReadOnlyList<(int Start, int End)>>? Spans, SearchError? Error) FindMatches(string query, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (query?.Length > SearchRequest.MaxQueryLength)
            return (null, new SearchError(SearchErrorKind.InvalidValue, $"The query is {query.Length} characters long; the limit is {SearchRequest.MaxQueryLength}."));
        var parsed = UserQueryParser.Parse(query);
        if (parsed.Error is not null) return (null, parsed.Error);
        // The query words as written (related words are marked per hit, where the hit holds no query word).
        var terms = _index.WithSearcher(searcher => HitReader.For(_sectionQueries.Build(parsed.Root, expand: false, searcher).Terms, HitTerms.None));
        var highlighter = new SnippetHighlighter(_index.Analyzers);
        return (texts.Select(text => terms.IsEmpty || string.IsNullOrEmpty(text) ? [] : highlighter.FindMatches(text, terms).Literal).ToList(), null);
    }

    /// <summary>Every report with a section matching the search (query and filters; sort, size and cursor are ignored), most matching sections first.</summary>
    public (IReadOnlyList<ReportMatch>? Reports, SearchError? Error) MatchingReports(SearchRequest request)
    {
        try
        {
            return _index.WithSearcher<(IReadOnlyList<ReportMatch>?, SearchError?)>(searcher =>
            {
                var (query, _, error) = BuildQuery(request, within: null, searcher);
                if (error is not null) return (null, error);
                var collector = new ReportMatchCollector();
                searcher.Search(query, collector);
                return (collector.Sections()
                    .Select(kv => new ReportMatch(kv.Key, kv.Value))
                    .OrderByDescending(m => m.Sections).ThenBy(m => m.ReportId, StringComparer.Ordinal)
                    .ToList(), null);
            });
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return (null, TooManyWords);
        }
    }

    /// <summary>The search restricted to the given reports (at most <see cref="MaxWithinReports"/>), e.g. the best sections of newly matching reports.</summary>
    public SearchOutcome SearchWithin(SearchRequest request, IReadOnlyCollection<string> reportIds)
    {
        ArgumentNullException.ThrowIfNull(reportIds);
        if (reportIds.Count > MaxWithinReports)
            return SearchOutcome.Failure(new SearchError(SearchErrorKind.InvalidValue, $"At most {MaxWithinReports} reports can be searched at once (got {reportIds.Count})."));
        if (reportIds.Count == 0)
            return SearchOutcome.Success(new SearchResults(0, [], [], new Dictionary<string, IReadOnlyList<FacetValue>>(), null));
        var within = new BooleanQuery();
        foreach (var id in reportIds.Distinct(StringComparer.Ordinal)) within.Add(new TermQuery(new Term(IndexFields.ReportId, id)), Occur.SHOULD);
        var size = Math.Clamp(request.Size, 1, SearchRequest.MaxSize);
        var snippets = Math.Clamp(request.Snippets, 0, 3);
        try
        {
            return _index.WithSearcher(searcher =>
            {
                var (query, terms, error) = BuildQuery(request, within, searcher);
                return error is not null ? SearchOutcome.Failure(error) : Within(searcher, query, request, terms, size, snippets);
            });
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return SearchOutcome.Failure(TooManyWords);
        }
    }

    private static SearchError TooManyWords => new(SearchErrorKind.InvalidValue, "The query has too many words; shorten it.");

    private SearchOutcome Within(IndexSearcher searcher, Query query, SearchRequest request, IReadOnlyList<QueryTerm> terms, int size, int snippets)
    {
        var top = searcher.Search(query, null, GroupWindow, SearchSorts.For(request.Sort), true, false);
        var perReport = Math.Clamp(request.SectionsPerReport, 1, 10);
        var reportIds = ReportIdReader.Read(searcher, top.ScoreDocs);
        var page = top.ScoreDocs
            .Select((sd, i) => (Doc: sd, Report: reportIds[i]))
            .GroupBy(x => x.Report)
            .Take(size)
            .ToList();
        var matches = TermMatcher.Match(searcher, terms, page.SelectMany(g => g.Take(perReport).Select(x => x.Doc.Doc)).ToList(), MarksFromCache);
        var groups = page
            .Select(g =>
            {
                var sections = g.Take(perReport)
                    .Select(x => Read(searcher, x.Doc, terms, matches[x.Doc.Doc], snippets)).ToList();
                var first = sections[0];
                return new ReportHitGroup(first.ReportId, first.SourceFile, first.Agency, first.Year, sections.Max(s => s.Score), sections);
            })
            .ToList();
        return SearchOutcome.Success(new SearchResults(groups.Count, [], groups, new Dictionary<string, IReadOnlyList<FacetValue>>(), null));
    }

    private (Query Query, IReadOnlyList<QueryTerm> Terms, SearchError? Error) BuildQuery(SearchRequest request, Query? within, IndexSearcher searcher)
    {
        if (request.Query?.Length > SearchRequest.MaxQueryLength)
            return (null!, [], new SearchError(SearchErrorKind.InvalidValue, $"The query is {request.Query.Length} characters long; the limit is {SearchRequest.MaxQueryLength}."));
        var parsed = UserQueryParser.Parse(request.Query);
        if (parsed.Error is not null) return (null!, [], parsed.Error);
        var (filters, filterError) = SearchFilterBuilder.Build(request.Filters ?? SearchFilters.None, _index.Analyzers);
        if (filterError is not null) return (null!, [], filterError);
        try
        {
            var built = _sectionQueries.Build(parsed.Root, request.Expand, searcher);
            if (built.HasText && !built.Searchable) return (null!, [], NothingSearchable(request.Query));
            // A boolean query stays one (MatchCache rebuilds it clause by clause).
            var combined = (BooleanQuery)Cached(SearchFilterBuilder.Combine(built.Query, DocumentKinds.Section, filters, SectionIntent.Boost(parsed.Root, Relevance.ProblemIntentBoost), searcher));
            if (within is not null) combined.Add(new ConstantScoreQuery(within) { Boost = 0f }, Occur.MUST); // one-off: not cached
            return (combined, built.Terms, null);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return (null!, [], TooManyWords);
        }
    }

    private static SearchError NothingSearchable(string? query) => new(SearchErrorKind.NoSearchableText,
        $"Nothing in the query '{query}' can be searched: it has no letters, digits or Chinese characters. Type words, e.g. 政策解读.");
}
