using SearchMining.Index.Schema;
using SearchMining.Index.Searching;

namespace SearchMining.Index.Facets;

/// <summary>
/// Facet counts (agency, region, level, year, section, theme, kind) over the documents matching a query, collected in
/// the same pass as the top hits (<see cref="FacetCollector"/>). Totals and distinct-report counts are always exact;
/// facet counts are exact up to <see cref="ExactMatches"/> matches, then estimated from a sample.
/// </summary>
internal static class FacetCounter
{
    public const int MaxValuesPerDimension = 50;

    /// <summary>Matches whose facet values are all counted; beyond them facets are estimated.</summary>
    public const int ExactMatches = 20_000;

    /// <summary>Beyond <see cref="ExactMatches"/>, one match in this many is counted (with this weight).</summary>
    public const int SampleStride = 16;

    /// <param name="countReports">Count distinct matching reports (<see cref="FacetCollector.Reports"/>: the total of a grouped search).</param>
    /// <param name="decodedOrdinals">Read facet values from each segment's decoded ordinals (<see cref="SegmentOrdinals"/>), not its doc values.</param>
    public static FacetCollector CreateCollector(bool includeFacets, bool perReport, bool countReports, bool decodedOrdinals = true) =>
        new(includeFacets ? FacetDimensions.All : [], perReport, countReports: countReports, decodedOrdinals: decodedOrdinals);

    /// <summary>The largest <see cref="MaxValuesPerDimension"/> values per public dimension (empty when facets were not asked for).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets(FacetCollector collector, bool includeFacets)
    {
        if (!includeFacets) return new Dictionary<string, IReadOnlyList<FacetValue>>();
        return FacetDimensions.All.ToDictionary(d => d, d => collector.Top(d, MaxValuesPerDimension));
    }
}
