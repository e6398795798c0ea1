using System.Collections.Concurrent;
using Lucene.Net.Search;

namespace SearchMining.Index.Searching;

/// <summary>
/// Queries' matches as cached bitsets, keyed by the query's text: a <see cref="CachingWrapperFilter"/> keeps one bitset
/// per index segment, so a query already seen costs a bitset walk instead of matching its terms again, and survives
/// refreshes for the segments that did not change. At most <paramref name="capacity"/> distinct queries are kept (then the
/// set is cleared). Shared by <see cref="FilterCache"/> and <see cref="MatchCache"/>.
/// </summary>
internal sealed class BitsetCache(int capacity)
{
    private readonly ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    /// <summary>The cached filter of <paramref name="query"/>'s matches where one is kept already, else null (nothing is added).</summary>
    public Filter? Held(Query query) => _filters.TryGetValue(query.ToString(), out var filter) ? filter : null;

    /// <summary>The cached filter of <paramref name="query"/>'s matches.</summary>
    public Filter Of(Query query)
    {
        var key = query.ToString();
        if (_filters.TryGetValue(key, out var filter)) return filter;
        if (_filters.Count >= capacity) _filters.Clear();
        return _filters.GetOrAdd(key, _ => new CachingWrapperFilter(new QueryWrapperFilter(query)));
    }
}
