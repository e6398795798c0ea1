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
    string? NextCursor);
