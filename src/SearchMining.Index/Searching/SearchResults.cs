namespace SearchMining.Index.Searching;

/// <param name="Total">Matching sections (or reports, when grouped) over all pages.</param>
/// <param name="Hits">This page's hits (empty when grouped).</param>
/// <param name="Groups">This page's report groups (only when grouped).</param>
/// <param name="Facets">Dimension (agency, region, level, year, section, theme, kind) → counts of matching sections (of matching reports when grouped or <see cref="SearchRequest.FacetsPerReport"/>), largest first.</param>
/// <param name="NextCursor">Opaque token for the next page; null on the last page.</param>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<ReportHitGroup> Groups,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    string? NextCursor)
{
    /// <summary>
    /// True when the facet counts are estimates: past the first 20,000 matching documents only a sample of the matches
    /// is counted and scaled up (see docs/SCALING.md). <see cref="Total"/> is always exact.
    /// </summary>
    public bool FacetsEstimated { get; init; }
}
