using System.Collections.Concurrent;
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

    private static readonly ConcurrentDictionary<string, Filter> Filters = new(StringComparer.Ordinal);

    public static Query Cached(Query query)
    {
        var key = query.ToString();
        if (Filters.TryGetValue(key, out var filter)) return new ConstantScoreQuery(filter) { Boost = 0f };
        if (Filters.Count >= MaxFilters) Filters.Clear();
        filter = Filters.GetOrAdd(key, _ => new CachingWrapperFilter(new QueryWrapperFilter(query)));
        return new ConstantScoreQuery(filter) { Boost = 0f };
    }
}
