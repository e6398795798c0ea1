namespace SearchMining.Index.Searching;

/// <param name="Query">The query in the people's query language (see docs/INDEX.md); empty → every section (filters still apply).</param>
public sealed record SearchRequest(string Query)
{
    public const int DefaultSize = 10;
    public const int MaxSize = 100;
    /// <summary>Longest accepted query text, in characters.</summary>
    public const int MaxQueryLength = 1000;

    public SearchFilters Filters { get; init; } = SearchFilters.None;
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    /// <summary>Hits (or report groups) per page: 1…<see cref="MaxSize"/>.</summary>
    public int Size { get; init; } = DefaultSize;
    /// <summary>The <see cref="SearchResults.NextCursor"/> of the previous page, to fetch the next one.</summary>
    public string? Cursor { get; init; }
    /// <summary>One hit per report, carrying its best sections.</summary>
    public bool GroupByReport { get; init; }
    /// <summary>Best sections kept per report when grouping (1…10).</summary>
    public int SectionsPerReport { get; init; } = 3;
    public SearchGranularity Granularity { get; init; } = SearchGranularity.Section;
    public bool IncludeFacets { get; init; } = true;
    /// <summary>Also match related words of the query words (the expansion list), weaker and marked as such; false = only the words as written.</summary>
    public bool Expand { get; init; } = true;
    /// <summary>Facets count matching reports rather than matching sections (always so when <see cref="GroupByReport"/>).</summary>
    public bool FacetsPerReport { get; init; }
    /// <summary>Snippets per hit (0…3).</summary>
    public int Snippets { get; init; } = 3;
}
