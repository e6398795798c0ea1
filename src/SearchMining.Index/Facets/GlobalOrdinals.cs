using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchMining.Index.Facets;

/// <summary>
/// One facet dimension's values over a whole index reader: Lucene's <see cref="MultiDocValues.OrdinalMap"/> from each
/// segment's ordinals to one ordinal per distinct value (values in byte order), built once per reader and dimension and kept
/// while the reader lives. Segment counts are added up by global ordinal in an array, so a search no longer decodes every
/// counted value of every segment into a string dictionary (at 100k reports the agency dimension's ~17k values: a
/// large-object dictionary per search, and a gen-2 collection every ~20 searches); only the values shown are decoded.
/// </summary>
internal sealed class GlobalOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, Dictionary<string, Lazy<GlobalOrdinals>>> Cache = new();

    private readonly IList<AtomicReaderContext> _leaves;
    private readonly string _field;
    private readonly MultiDocValues.OrdinalMap _map;

    private GlobalOrdinals(IndexReader reader, string field)
    {
        _leaves = reader.Leaves;
        _field = field;
        var subs = _leaves.Select(leaf => leaf.AtomicReader.GetSortedSetDocValues(field)?.GetTermsEnum() ?? TermsEnum.EMPTY).ToArray();
        _map = new MultiDocValues.OrdinalMap(reader.CoreCacheKey, subs);
    }

    public int ValueCount => (int)_map.ValueCount;

    /// <summary>The global ordinals of <paramref name="field"/> over <paramref name="reader"/> (the top-level reader), built on first use.</summary>
    public static GlobalOrdinals Of(IndexReader reader, string field)
    {
        var byField = Cache.GetValue(reader, _ => []);
        Lazy<GlobalOrdinals> lazy;
        lock (byField)
        {
            if (!byField.TryGetValue(field, out lazy!))
                byField[field] = lazy = new Lazy<GlobalOrdinals>(() => new GlobalOrdinals(reader, field), LazyThreadSafetyMode.ExecutionAndPublication);
        }
        return lazy.Value;
    }

    public int Global(int segment, long ord) => (int)_map.GetGlobalOrd(segment, ord);

    /// <summary>The value of a global ordinal (read from the first segment that holds it).</summary>
    public string Value(int global, BytesRef scratch)
    {
        var leaf = _leaves[_map.GetFirstSegmentNumber(global)];
        leaf.AtomicReader.GetSortedSetDocValues(_field)!.LookupOrd(_map.GetFirstSegmentOrd(global), scratch);
        return scratch.Utf8ToString();
    }
}
