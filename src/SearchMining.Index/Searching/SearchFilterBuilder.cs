using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Index.Analysis;
using SearchMining.Index.Querying;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Searching;

/// <summary>Turns <see cref="SearchFilters"/> into non-scoring Lucene clauses (OR within a dimension, AND across).</summary>
internal static class SearchFilterBuilder
{
    public static (IReadOnlyList<Query> Clauses, SearchError? Error) Build(SearchFilters filters, IndexAnalyzers analyzers)
    {
        var clauses = new List<Query>();
        foreach (var (dimension, values) in new[]
                 {
                     (FacetDimensions.Agency, filters.Agencies), (FacetDimensions.Region, filters.Regions), (FacetDimensions.Level, filters.Levels),
                     (FacetDimensions.Section, filters.Sections), (FacetDimensions.Theme, filters.Themes), (FacetDimensions.Kind, filters.Kinds),
                     (FacetDimensions.Checks, filters.Checks),
                 })
        {
            var any = new BooleanQuery();
            foreach (var raw in values.Where(v => !string.IsNullOrWhiteSpace(v)))
            {
                var value = raw.Trim();
                if (FieldValueRules.Check(dimension, value) is { } problem)
                    return ([], new SearchError(SearchErrorKind.InvalidValue, $"Filter {dimension}: {problem}", Field: dimension));
                any.Add(FieldQueries.For(dimension, value, analyzers), Occur.SHOULD);
            }
            if (any.Clauses.Count > 0) clauses.Add(any);
        }
        if (filters.YearFrom is not null || filters.YearTo is not null)
        {
            if (filters.YearFrom > filters.YearTo)
                return ([], new SearchError(SearchErrorKind.InvalidValue, $"Filter year: {filters.YearFrom} is after {filters.YearTo}", Field: FacetDimensions.Year));
            clauses.Add(NumericRangeQuery.NewInt32Range(IndexFields.Year, filters.YearFrom, filters.YearTo, true, true));
        }
        return (clauses, null);
    }

    /// <param name="searcher">The request's searcher: filters are rewritten on it (the whole index) before they are cached, so a
    /// filter whose form depends on the index (an exact agency term where the index holds it) is decided once for all segments.</param>
    public static BooleanQuery Combine(Query userQuery, string docKind, IEnumerable<Query> filters, Query? boost, IndexSearcher searcher)
    {
        var combined = new BooleanQuery
        {
            { userQuery, Occur.MUST },
            { FilterCache.Cached(new TermQuery(new Term(IndexFields.DocKind, docKind))), Occur.MUST },
        };
        foreach (var filter in filters) combined.Add(FilterCache.Cached(searcher.Rewrite(filter)), Occur.MUST);
        if (boost is not null) combined.Add(boost, Occur.SHOULD);
        return combined;
    }
}
