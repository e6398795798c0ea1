using Lucene.Net.Search;
using SearchMining.Index.Facets;
using SearchMining.Index.Querying;
using SearchMining.Index.Ranking;

namespace SearchMining.Index.Searching;

/// <summary>
/// The second stage (docs/RELEVANCE.md, round 5): for a query with words in relevance order over sections, the first stage's
/// top <see cref="RelevanceOptions.RerankDepth"/> (100) are re-ordered by the learned re-ranker. Pages inside that window carry their
/// offset in the cursor (no sort values); the page that reaches its end continues in the first stage's order after the
/// window's last section, so paging neither repeats nor skips a section.
/// </summary>
public sealed partial class SectionSearchEngine
{
    private RerankModel? Reranks(SearchRequest request, IReadOnlyList<QueryTerm> terms, SearchCursor? cursor) =>
        Relevance.Rerank && request.Sort == SearchSort.Relevance && request.Granularity == SearchGranularity.Section && terms.Count > 0
        && !string.IsNullOrWhiteSpace(request.Query) && (cursor is null || cursor.SortValues is { Count: 0 })
            ? RerankModel.Default
            : null;

    private SearchOutcome Reranked(IndexSearcher searcher, Query query, SearchRequest request, IReadOnlyList<QueryTerm> terms, int snippets,
        SearchCursor? cursor, string key, Func<FacetCollector> newFacets, RerankModel model)
    {
        var sort = SearchSorts.For(request.Sort);
        var depth = Math.Max(1, Relevance.RerankDepth);
        var (top, facets) = CollectTop(searcher, query, sort, depth, null, newFacets, relevance: true);
        var window = top.ScoreDocs;
        var windowMatches = TermMatcher.Match(searcher, terms, window.Select(sd => sd.Doc).ToList(), MarksFromCache);
        var loaded = ReadWindowOnce && window.Length > 1 ? WindowDocuments.Load(searcher, window) : null;
        var ordered = SectionReranker.Order(searcher, request.Query!, windowMatches, window, model, Relevance, loaded);
        var offset = cursor?.GroupOffset ?? 0;
        var page = ordered.Skip(offset).Take(request.Size).ToList();
        string? next = null;
        if (offset + page.Count < ordered.Length) next = new SearchCursor(key, [], offset + page.Count).Encode();
        else if (facets.Hits > window.Length && window.Length > 0)
        {
            // Past the window: the first stage's order after its last section.
            var last = (FieldDoc)window[^1];
            var rest = request.Size - page.Count;
            if (rest == 0) next = new SearchCursor(key, last.Fields, 0).Encode();
            else
            {
                var more = TopFieldCollector.Create(sort, rest + 1, last, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
                searcher.Search(query, more);
                var beyond = more.GetTopDocs().ScoreDocs;
                page.AddRange(beyond.Take(rest));
                if (beyond.Length > rest) next = new SearchCursor(key, ((FieldDoc)page[^1]).Fields, 0).Encode();
            }
        }
        // The window's sections were matched for the re-ranker; only a page that runs past the window needs more.
        var beyondWindow = page.Select(sd => sd.Doc).Where(doc => !windowMatches.ContainsKey(doc)).ToList();
        var matches = beyondWindow.Count == 0
            ? windowMatches
            : windowMatches.Concat(TermMatcher.Match(searcher, terms, beyondWindow, MarksFromCache)).ToDictionary(pair => pair.Key, pair => pair.Value);
        var hits = page.Select(sd => Read(searcher, sd, terms, matches[sd.Doc], snippets, loaded)).ToList();
        return SearchOutcome.Success(new SearchResults(facets.Hits, hits, [], FacetCounter.Facets(facets, request.IncludeFacets), next)
        {
            FacetsEstimated = request.IncludeFacets && facets.Estimated,
        });
    }
}
