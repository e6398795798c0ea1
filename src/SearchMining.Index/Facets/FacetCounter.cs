using Lucene.Net.Search;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;

namespace SearchMining.Index.Facets;

/// <summary>Facet counts (agency, region, level, year, section, theme, kind) over all documents matching a query.</summary>
internal static class FacetCounter
{
    public const int MaxValuesPerDimension = 50;

    /// <summary>Counts per public dimension, plus the number of distinct reports among the matches.</summary>
    /// <param name="perReport">Count matching reports per value (grouped results) instead of matching sections.</param>
    public static (IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets, int Reports) Count(IndexSearcher searcher, Query query, bool includeFacets, bool perReport = false)
    {
        IReadOnlyList<string> dimensions = includeFacets ? [.. FacetDimensions.All, IndexFields.ReportDimension] : [IndexFields.ReportDimension];
        var collector = new FacetCollector(dimensions, perReport);
        searcher.Search(query, collector);
        var counts = collector.Counts();
        var facets = FacetDimensions.All.Where(_ => includeFacets).ToDictionary(
            d => d,
            d => (IReadOnlyList<FacetValue>)counts[d]
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Take(MaxValuesPerDimension)
                .Select(kv => new FacetValue(kv.Key, kv.Value))
                .ToList());
        return (facets, counts[IndexFields.ReportDimension].Count);
    }
}
