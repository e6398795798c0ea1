using Lucene.Net.Search;
using SearchMining.Index.Facets;
using SearchMining.Index.Querying;
using SearchMining.Index.Ranking;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;

namespace SearchMining.Scale.Measurement;

/// <summary>One mix query's thread CPU per stage of a section search (ms, mean of the rounds), and the engine's whole search.</summary>
internal sealed record StageCost(string Id, long Total, double Build, double MatchOnly, double Count, double Top, double TopFacets,
    double Window, double Rerank, double Page, double Engine, double FirstPass, double Scored)
{
    /// <summary>Of <see cref="Rerank"/>: reading the window's stored documents (the rest is features and the model).</summary>
    public double RerankLoads { get; init; }
}

/// <summary>
/// Where one section search's CPU goes, stage by stage, by running the engine's own pieces in its order on one searcher:
/// building the query (parse, expansion, filters, cached clauses); the matches alone (the constant-score match clause and
/// filters: iterating the matching sections without scoring); counting every match of the whole query (matching and
/// scoring: Lucene's disjunctions score as they advance); the sorted top hits without and with the facet collector; the
/// query words of the re-ranker's window (or the page); the re-ranker; the page read (stored fields, snippets). Thread CPU
/// (<see cref="ThreadCpu"/>), so a busy machine changes the figures less than wall time.
/// </summary>
internal static class SearchStages
{
    public static IReadOnlyList<StageCost> Measure(ReportIndex index, SectionSearchEngine engine, IReadOnlyList<MixQuery> mix, int rounds)
    {
        var builder = new LuceneQueryBuilder(index.Analyzers, engine.Relevance, QuerySynonyms.LoadDefault(), TextFields.Section);
        var costs = new List<StageCost>();
        foreach (var mixQuery in mix)
        {
            var request = EngineProfile.ToRequest(mixQuery);
            var sums = new double[12];
            long total = 0;
            for (var round = -1; round < rounds; round++) // round -1 warms up
            {
                var times = index.WithSearcher(searcher => Once(searcher, engine, builder, index.Analyzers, request, out total));
                var start = ThreadCpu.Now();
                engine.Search(request);
                times[8] = (ThreadCpu.Now() - start).TotalMilliseconds;
                if (round < 0) continue;
                for (var i = 0; i < sums.Length; i++) sums[i] += times[i];
            }
            var m = sums.Select(s => s / rounds).ToArray();
            costs.Add(new StageCost(mixQuery.Id, total, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10]) { RerankLoads = m[11] });
        }
        return costs;
    }

    private static double[] Once(IndexSearcher searcher, SectionSearchEngine engine, LuceneQueryBuilder builder, Index.Analysis.IndexAnalyzers analyzers, SearchRequest request, out long total)
    {
        var times = new double[12];
        var clock = ThreadCpu.Now();
        double Lap()
        {
            var now = ThreadCpu.Now();
            var ms = (now - clock).TotalMilliseconds;
            clock = now;
            return ms;
        }

        var parsed = UserQueryParser.Parse(request.Query);
        var (filters, _) = SearchFilterBuilder.Build(request.Filters ?? SearchFilters.None, analyzers);
        var built = builder.Build(parsed.Root, request.Expand, searcher);
        var query = MatchCache.Apply(SearchFilterBuilder.Combine(built.Query, DocumentKinds.Section, filters, SectionIntent.Boost(parsed.Root, engine.Relevance.ProblemIntentBoost), searcher));
        times[0] = Lap();
        if (Environment.GetEnvironmentVariable("SEARCH_STAGES_SHOW_QUERY") == "1") Console.WriteLine($"{request.Query}: {query}");

        var matchOnly = MatchClauses(query);
        var count = new TotalHitCountCollector();
        searcher.Search(matchOnly, count);
        times[1] = Lap();

        var all = new TotalHitCountCollector();
        searcher.Search(query, all);
        total = all.TotalHits;
        times[2] = Lap();

        var reranks = engine.Relevance.Rerank && request.Sort == SearchSort.Relevance && built.Terms.Count > 0 && !request.GroupByReport;
        var depth = request.GroupByReport ? SectionSearchEngine.GroupWindow : reranks ? Math.Max(1, engine.Relevance.RerankDepth) : request.Size + 1;
        var sort = SearchSorts.For(request.Sort);
        var plain = TopFieldCollector.Create(sort, depth, null, true, true, false, true);
        searcher.Search(query, plain);
        times[3] = Lap();

        var top = TopFieldCollector.Create(sort, depth, null, true, true, false, true);
        var facets = FacetCounter.CreateCollector(request.IncludeFacets, request.GroupByReport || request.FacetsPerReport, countReports: request.GroupByReport);
        searcher.Search(query, MultiCollector.Wrap(top, facets));
        FacetCounter.Facets(facets, request.IncludeFacets);
        var window = top.GetTopDocs().ScoreDocs;
        times[4] = Lap();

        // The same top hits and facets by the cheaper first pass (MaxScore); NaN where it does not apply.
        var topFirst = TopFieldCollector.Create(sort, depth, null, true, true, false, true);
        var facetsFirst = FacetCounter.CreateCollector(request.IncludeFacets, request.GroupByReport || request.FacetsPerReport, countReports: request.GroupByReport);
        var applies = request.Sort == SearchSort.Relevance && !request.GroupByReport
            && Index.Searching.Pruning.PrunedTopHits.TrySearch(searcher, query, depth, topFirst, facetsFirst);
        FacetCounter.Facets(facetsFirst, request.IncludeFacets);
        times[9] = applies ? Lap() : double.NaN;
        if (!applies) Lap();
        var (matchCount, scoredCount) = Index.Searching.Pruning.PrunedTopHits.Last;
        times[10] = applies && matchCount > 0 ? 100.0 * scoredCount / matchCount : double.NaN;

        var shown = reranks ? window : window.Take(request.Size).ToArray();
        var matches = TermMatcher.Match(searcher, built.Terms, shown.Select(sd => sd.Doc).ToList(), engine.MarksFromCache);
        times[5] = Lap();

        // As the engine: the window read once (every stored field, document order) and kept for the page, unless ReadWindowOnce is off.
        var loaded = reranks && engine.ReadWindowOnce && window.Length > 1 ? WindowDocuments.Load(searcher, window) : null;
        times[11] = Lap();
        var ordered = reranks ? SectionReranker.Order(searcher, request.Query!, matches, window, RerankModel.Default!, engine.Relevance, loaded) : shown;
        times[6] = times[11] + Lap();

        var hits = new HitReader(new Index.Highlighting.SnippetHighlighter(analyzers));
        foreach (var sd in ordered.Take(request.Size))
            hits.Read(loaded is not null && loaded.TryGetValue(sd.Doc, out var doc) ? doc : SectionTexts.Load(searcher, sd.Doc), sd.Score,
                HitReader.For(built.Terms, matches[sd.Doc]), Math.Clamp(request.Snippets, 0, 3), matches[sd.Doc]);
        times[7] = Lap();
        return times;
    }

    /// <summary>The query with its scored clauses dropped: only what decides whether a section matches (required and constant-score parts).</summary>
    private static Query MatchClauses(Query query) => query switch
    {
        BooleanQuery boolean when boolean.Clauses.Any(c => c.Occur == Occur.MUST) => Required(boolean),
        _ => query,
    };

    private static Query Required(BooleanQuery boolean)
    {
        var rebuilt = new BooleanQuery();
        foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.SHOULD))
            rebuilt.Add(clause.Occur == Occur.MUST ? MatchClauses(clause.Query) : clause.Query, clause.Occur);
        return rebuilt;
    }
}
