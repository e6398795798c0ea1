using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using SearchMining.Index.Facets;
using SearchMining.Index.Highlighting;
using SearchMining.Index.Querying;
using SearchMining.Index.Schema;
using SearchMining.Index.Storage;

namespace SearchMining.Index.Searching;

/// <summary>
/// Searches the sections of a <see cref="ReportIndex"/>: people's query language, filters, sort, cursor paging, facets,
/// snippets, report grouping and more-like-this. Never throws for bad input: errors come back in <see cref="SearchOutcome"/>.
/// </summary>
public sealed partial class SectionSearchEngine
{
    /// <summary>Section hits looked at when grouping by report.</summary>
    public const int GroupWindow = 1000;

    private readonly ReportIndex _index;
    private readonly LuceneQueryBuilder _sectionQueries;
    private readonly LuceneQueryBuilder _subsectionQueries;
    private readonly HitReader _hits;

    public SectionSearchEngine(ReportIndex index, RelevanceOptions? relevance = null, QuerySynonyms? synonyms = null)
    {
        _index = index;
        Relevance = relevance ?? RelevanceOptions.Default;
        synonyms ??= QuerySynonyms.LoadDefault();
        _sectionQueries = new LuceneQueryBuilder(index.Analyzers, Relevance, synonyms, TextFields.Section);
        _subsectionQueries = new LuceneQueryBuilder(index.Analyzers, Relevance, synonyms, TextFields.Subsection);
        _hits = new HitReader(new SnippetHighlighter(index.Analyzers));
    }

    public RelevanceOptions Relevance { get; }

    /// <summary>
    /// Read the constant-score clauses of a query (a word's presence, coverage tiers, field clauses) from cached bitsets
    /// (<see cref="MatchCache"/>): same hits and scores, less work per match. Off only to compare with the uncached query.
    /// </summary>
    public bool CacheMatches { get; init; } = true;

    private Query Cached(Query query) => CacheMatches ? MatchCache.Apply(query) : query;

    /// <summary>
    /// Score only the matches that can enter the page (MaxScore over the query's clauses, <see cref="Pruning.PrunedTopHits"/>):
    /// same hits, scores, totals and facets (search-cost's identity check, 20 of 20 at 10k; MaxScoreTests). Relevance sort
    /// from the first page; other searches take Lucene's path. <b>Off by default</b>: at 10k it still costs more CPU over the
    /// mix than scoring every match, though block maxima (round 10) now leave half of one-word queries' matches unscored
    /// (docs/SCALING.md, rounds 9 and 10).
    /// </summary>
    public bool MaxScore { get; init; }

    /// <summary>
    /// Score the top coverage tier first and the lower tiers only where they can still reach the page, passing over blocks
    /// whose block-max bound is below the page (<see cref="Pruning.TieredTopHits"/>): same hits, scores, totals and facets
    /// (search-cost --against no-tiers 20 of 20 at 10k; TieredSearchTests). Relevance sort from the first page (flat pages and
    /// the re-ranker's window); other searches take the other paths. Each search takes the tiers only where
    /// <see cref="Pruning.TierRule"/> says they leave enough matches unscored (docs/SCALING.md round 13), unless
    /// <see cref="AlwaysTiers"/>. <b>On by default</b> since the twelfth wave: at 100k, quiet, identical 20 of 20 and the
    /// mix's sum 1,206 / 1,325 ms wall, 1,987 / 2,229 ms CPU against every match scored (docs/BENCHMARKS.md "100k reports,
    /// eighth run"); at 10k under load the difference was within the run's swing.
    /// </summary>
    public bool ScoreByTier { get; init; } = true;

    /// <summary>
    /// Read the re-ranker's window once, every stored field in document order, and show the page from those documents
    /// (<see cref="WindowDocuments"/>): the same page. Off only to compare with reading text and topic for the re-ranker,
    /// then the page's sections again (docs/SCALING.md round 14).
    /// </summary>
    public bool ReadWindowOnce { get; init; } = true;

    /// <summary>
    /// Tell which query words a hit holds (<see cref="TermMatcher"/>) from the presence bitsets the search cached
    /// (<see cref="MatchCache"/>) where it holds them: the same words. Off only to compare with a scorer per word built over
    /// the whole index (docs/SCALING.md round 14).
    /// </summary>
    public bool MarksFromCache { get; init; } = true;

    /// <summary>With <see cref="ScoreByTier"/>, take the tiered pass wherever the query allows it, not only where the rule says it pays (tests, benchmarks).</summary>
    public bool AlwaysTiers { get; init; }

    /// <summary>Matches the first pass scores whole before it builds its bound (tests lower it to bound small result sets).</summary>
    internal int MaxScoreBoundAfter { get; init; } = Pruning.PrunedTopHits.BoundAfterMatches;

    /// <summary>
    /// Threads one search's segments are matched, scored and counted on (<see cref="ParallelTopHits"/>): the machine's cores by
    /// default, 1 to search them one after the other on the request's thread. Same totals, hits, scores, groups, facets and
    /// cursors either way (search-cost --against no-parallel; ParallelSearchTests).
    /// </summary>
    public int SegmentThreads { get; init; } = DefaultSegmentThreads;

    /// <summary>
    /// Count facets from each segment's ordinals decoded once into arrays (<see cref="SegmentOrdinals"/>, kept while the segment
    /// lives) rather than its doc values: the same counts. Off only to compare.
    /// </summary>
    public bool DecodedFacets { get; init; } = true;

    /// <summary>The default of <see cref="SegmentThreads"/>: the machine's cores.</summary>
    public static int DefaultSegmentThreads => ParallelTopHits.Workers;

    /// <summary>
    /// The top <paramref name="size"/> hits by <paramref name="sort"/> and every match's facets: the first pass where it
    /// applies (<see cref="MaxScore"/>, relevance sort from the first page), else the segments on <see cref="SegmentThreads"/>
    /// threads, else one Lucene pass with both collectors. Returns the facet collector that saw the matches.
    /// </summary>
    private (TopDocs Top, FacetCollector Facets) CollectTop(IndexSearcher searcher, Query query, Sort sort, int size, FieldDoc? after,
        Func<FacetCollector> facets, bool relevance)
    {
        TopFieldCollector NewTop() => TopFieldCollector.Create(sort, size, after, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        if (MaxScore && relevance && after is null)
        {
            var first = NewTop();
            var pruned = facets();
            if (Pruning.PrunedTopHits.TrySearch(searcher, query, size, first, pruned, MaxScoreBoundAfter)) return (first.GetTopDocs(), pruned);
        }
        if (ScoreByTier && relevance && after is null
            && Pruning.TieredTopHits.TrySearch(searcher, query, sort, size, facets, SegmentThreads, !AlwaysTiers, out var tiered, out var tieredFacets))
            return (tiered, tieredFacets);
        if (ParallelTopHits.TrySearch(searcher, query, sort, size, after, facets, SegmentThreads, out var merged, out var counted))
            return (merged, counted);
        var collector = NewTop();
        var all = facets();
        searcher.Search(query, MultiCollector.Wrap(collector, all));
        return (collector.GetTopDocs(), all);
    }

    public SearchOutcome Search(SearchRequest request)
    {
        if (request.Size < 1)
            return SearchOutcome.Failure(new SearchError(SearchErrorKind.InvalidValue, $"Page size must be at least 1 (was {request.Size})."));
        if (request.Size > SearchRequest.MaxSize)
            return SearchOutcome.Failure(new SearchError(SearchErrorKind.PageSizeTooLarge, $"Page size {request.Size} is over the limit of {SearchRequest.MaxSize}; page with the cursor instead."));
        if (request.Query?.Length > SearchRequest.MaxQueryLength)
            return SearchOutcome.Failure(new SearchError(SearchErrorKind.InvalidValue, $"The query is {request.Query.Length} characters long; the limit is {SearchRequest.MaxQueryLength}."));
        var parsed = UserQueryParser.Parse(request.Query);
        if (parsed.Error is not null) return SearchOutcome.Failure(parsed.Error);
        var (filters, filterError) = SearchFilterBuilder.Build(request.Filters ?? SearchFilters.None, _index.Analyzers);
        if (filterError is not null) return SearchOutcome.Failure(filterError);

        var key = SearchCursor.KeyOf(request);
        SearchCursor? cursor = null;
        if (!string.IsNullOrEmpty(request.Cursor))
        {
            cursor = SearchCursor.TryDecode(request.Cursor);
            if (cursor is null || cursor.RequestKey != key || (request.GroupByReport ? cursor.SortValues is not null : cursor.SortValues is null))
                return SearchOutcome.Failure(new SearchError(SearchErrorKind.BadCursor, "The cursor is not valid for this query; start again without a cursor."));
        }

        var kind = request.Granularity == SearchGranularity.Subsection ? DocumentKinds.Subsection : DocumentKinds.Section;
        var snippets = Math.Clamp(request.Snippets, 0, 3);
        try
        {
            return _index.WithSearcher(searcher =>
            {
                var buildOn = kind == DocumentKinds.Subsection ? SubsectionQuerySearcher(searcher) : searcher;
                var built = (kind == DocumentKinds.Subsection ? _subsectionQueries : _sectionQueries).Build(parsed.Root, request.Expand, buildOn);
                if (built.HasText && !built.Searchable) return SearchOutcome.Failure(NothingSearchable(request.Query));
                var boost = SectionIntent.Boost(parsed.Root, Relevance.ProblemIntentBoost);
                // One pass over the matches: the top hits, the exact total and distinct reports, and the facets.
                SearchOutcome Run(IndexSearcher over, Query query)
                {
                    FacetCollector facets() => FacetCounter.CreateCollector(request.IncludeFacets, request.GroupByReport || request.FacetsPerReport, countReports: request.GroupByReport,
                        DecodedFacets);
                    return request.GroupByReport
                        ? Grouped(over, query, request, built.Terms, snippets, cursor, key, facets)
                        : Flat(over, query, request, built.Terms, snippets, cursor, key, facets);
                }
                if (kind == DocumentKinds.Subsection && FromSections(searcher, buildOn, built, filters, boost, Run) is { } rebuilt) return rebuilt;
                return Run(searcher, Cached(SearchFilterBuilder.Combine(built.Query, kind, filters, boost, searcher)));
            });
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return SearchOutcome.Failure(new SearchError(SearchErrorKind.InvalidValue, "The query has too many words; shorten it."));
        }
    }

    /// <summary>Sections like the given one in other reports ("find narratives like this one"), best first.</summary>
    /// <param name="otherAgenciesOnly">Also leave out the same agency's other reports (its other years), so only other agencies remain.</param>
    public SearchOutcome Similar(string sectionId, int size = SearchRequest.DefaultSize, bool otherAgenciesOnly = false)
    {
        if (size is < 1 or > SearchRequest.MaxSize)
            return SearchOutcome.Failure(new SearchError(size < 1 ? SearchErrorKind.InvalidValue : SearchErrorKind.PageSizeTooLarge,
                $"Page size must be between 1 and {SearchRequest.MaxSize} (was {size})."));
        return _index.WithSearcher(searcher =>
        {
            var source = searcher.Search(new TermQuery(new Term(IndexFields.SectionId, sectionId ?? "")), 1);
            if (source.TotalHits == 0)
                return SearchOutcome.Failure(new SearchError(SearchErrorKind.UnknownSection, $"No section with id '{sectionId}'."));
            var doc = SectionTexts.Load(searcher, source.ScoreDocs[0].Doc);
            var mlt = new MoreLikeThis(searcher.IndexReader)
            {
                Analyzer = _index.Analyzers.Words,
                FieldNames = [TextFields.For(doc.Get(IndexFields.DocKind)).Words],
                MinTermFreq = 1,
                MinDocFreq = 2,
                MinWordLen = 2,
                MaxQueryTerms = 30,
            };
            using var reader = new StringReader(doc.Get(IndexFields.Text) ?? "");
            var like = mlt.Like(reader, TextFields.For(doc.Get(IndexFields.DocKind)).Words);
            var query = new BooleanQuery
            {
                { like, Occur.MUST },
                { new ConstantScoreQuery(new TermQuery(new Term(IndexFields.DocKind, doc.Get(IndexFields.DocKind)))) { Boost = 0f }, Occur.MUST },
                { new TermQuery(new Term(IndexFields.ReportId, doc.Get(IndexFields.ReportId))), Occur.MUST_NOT },
            };
            if (otherAgenciesOnly && doc.Get(IndexFields.Agency) is { } agency)
                query.Add(new TermQuery(new Term(IndexFields.Agency, agency)), Occur.MUST_NOT);
            var words = new HashSet<string>(StringComparer.Ordinal);
            var extracted = new HashSet<Term>();
            like.ExtractTerms(extracted);
            foreach (var term in extracted) words.Add(term.Text);
            var top = searcher.Search(query, size);
            var hits = top.ScoreDocs.Select(sd => _hits.Read(SectionTexts.Load(searcher, sd.Doc), sd.Score, new HighlightTerms(words, []), 2)).ToList();
            return SearchOutcome.Success(new SearchResults(top.TotalHits, hits, [], new Dictionary<string, IReadOnlyList<FacetValue>>(), null));
        });
    }

    private SearchOutcome Flat(IndexSearcher searcher, Query query, SearchRequest request, IReadOnlyList<QueryTerm> terms, int snippets,
        SearchCursor? cursor, string key, Func<FacetCollector> newFacets)
    {
        if (Reranks(request, terms, cursor) is { } model) return Reranked(searcher, query, request, terms, snippets, cursor, key, newFacets, model);
        var sort = SearchSorts.For(request.Sort);
        FieldDoc? after = null;
        if (cursor is not null)
        {
            if (cursor.SortValues!.Count != sort.GetSort().Length)
                return SearchOutcome.Failure(new SearchError(SearchErrorKind.BadCursor, "The cursor does not fit this sort; start again without a cursor."));
            after = cursor.ToFieldDoc();
        }
        TopDocs top;
        FacetCollector facets;
        try
        {
            (top, facets) = CollectTop(searcher, query, sort, request.Size + 1, after, newFacets, request.Sort == SearchSort.Relevance);
        }
        catch (Exception e) when (after is not null && e is InvalidCastException or ArgumentException)
        {
            return SearchOutcome.Failure(new SearchError(SearchErrorKind.BadCursor, "The cursor does not fit this sort; start again without a cursor."));
        }
        var page = top.ScoreDocs.Take(request.Size).ToList();
        var matches = TermMatcher.Match(searcher, terms, page.Select(sd => sd.Doc).ToList(), MarksFromCache);
        var hits = page.Select(sd => Read(searcher, sd, terms, matches[sd.Doc], snippets)).ToList();
        string? next = null;
        if (top.ScoreDocs.Length > request.Size && page[^1] is FieldDoc last)
            next = new SearchCursor(key, last.Fields, 0).Encode();
        return SearchOutcome.Success(new SearchResults(facets.Hits, hits, [], FacetCounter.Facets(facets, request.IncludeFacets), next)
        {
            FacetsEstimated = request.IncludeFacets && facets.Estimated,
        });
    }

    /// <param name="loaded">Documents read already (the re-ranker's window): a hit among them is not read again.</param>
    private SearchHit Read(IndexSearcher searcher, ScoreDoc hit, IReadOnlyList<QueryTerm> terms, HitTerms matches, int snippets,
        IReadOnlyDictionary<int, Document>? loaded = null) =>
        _hits.Read(loaded is not null && loaded.TryGetValue(hit.Doc, out var doc) ? doc : SectionTexts.Load(searcher, hit.Doc), hit.Score,
            HitReader.For(terms, matches), snippets, matches);

    private SearchOutcome Grouped(IndexSearcher searcher, Query query, SearchRequest request, IReadOnlyList<QueryTerm> terms, int snippets,
        SearchCursor? cursor, string key, Func<FacetCollector> newFacets)
    {
        var perReport = Math.Clamp(request.SectionsPerReport, 1, 10);
        var (top, facets) = CollectTop(searcher, query, SearchSorts.For(request.Sort), GroupWindow, null, newFacets, relevance: false);
        var offset = cursor?.GroupOffset ?? 0;
        var reportIds = ReportIdReader.Read(searcher, top.ScoreDocs);
        var grouped = top.ScoreDocs
            .Select((sd, i) => (Doc: sd, Report: reportIds[i]))
            .GroupBy(x => x.Report)
            .ToList();
        var page = grouped.Skip(offset).Take(request.Size).ToList();
        var matches = TermMatcher.Match(searcher, terms, page.SelectMany(g => g.Take(perReport).Select(x => x.Doc.Doc)).ToList(), MarksFromCache);
        var groups = page.Select(g =>
        {
            var sections = g.Take(perReport).Select(x => Read(searcher, x.Doc, terms, matches[x.Doc.Doc], snippets)).ToList();
            var first = sections[0];
            return new ReportHitGroup(first.ReportId, first.SourceFile, first.Agency, first.Year, sections.Max(s => s.Score), sections);
        }).ToList();
        var next = offset + groups.Count < grouped.Count ? new SearchCursor(key, null, offset + groups.Count).Encode() : null;
        return SearchOutcome.Success(new SearchResults(facets.Reports, [], groups, FacetCounter.Facets(facets, request.IncludeFacets), next)
        {
            FacetsEstimated = request.IncludeFacets && facets.Estimated,
        });
    }
}
