using Lucene.Net.Search;

namespace SearchMining.Index.Searching;

/// <summary>
/// Filters (document kind, agency, region, level, year, section, theme, kind) as cached bitsets: a
/// <see cref="CachingWrapperFilter"/> keeps one bitset per index segment, so a filter already used costs a bitset walk
/// instead of matching its terms (an agency name's bigram phrase, a region prefix) again, and survives refreshes for
/// the segments that did not change. At most <see cref="MaxFilters"/> distinct filters are kept.
/// </summary>
internal static class FilterCache
{
    public const int MaxFilters = 128;

    private static readonly BitsetCache Filters = new(MaxFilters);

    public static Query Cached(Query query) => new ConstantScoreQuery(Filters.Of(query)) { Boost = 0f };
}
