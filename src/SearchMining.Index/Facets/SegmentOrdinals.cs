using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace SearchMining.Index.Facets;

/// <summary>
/// One facet dimension's ordinals of one segment, decoded once from its sorted-set doc values into plain arrays and kept
/// while the segment's core lives (a <see cref="ConditionalWeakTable{TKey, TValue}"/> on the core key, as Lucene's own
/// caches): counting a match's values is then an array read per value instead of a doc-values walk (an address lookup in
/// a monotonic block reader and a packed-ints read per value). A dimension with at most one value per document keeps one
/// ordinal per document; others keep each document's start and the ordinals in a row. Ordinals are 16-bit where the
/// segment has fewer than 65,535 values (every dimension at 100k reports), so a single-valued dimension costs 2 bytes a
/// document. Memory: <see cref="Bytes"/>; at most ~40 bytes a document for the 8 dimensions.
/// </summary>
internal sealed class SegmentOrdinals
{
    private const ushort NoSmallOrd = ushort.MaxValue;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Lazy<SegmentOrdinals?>>> Cache = new();

    private readonly int[]? _starts;
    private readonly ushort[]? _small;
    private readonly int[]? _large;

    private SegmentOrdinals(int[]? starts, ushort[]? small, int[]? large)
    {
        _starts = starts;
        _small = small;
        _large = large;
    }

    /// <summary>Bytes the arrays take.</summary>
    public long Bytes => 4L * (_starts?.Length ?? 0) + 2L * (_small?.Length ?? 0) + 4L * (_large?.Length ?? 0);

    /// <summary>The decoded ordinals of <paramref name="field"/> in <paramref name="reader"/>'s segment, or null when it has none.</summary>
    public static SegmentOrdinals? Of(AtomicReader reader, string field)
    {
        var byField = Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, Lazy<SegmentOrdinals?>>(StringComparer.Ordinal));
        return byField.GetOrAdd(field, f => new Lazy<SegmentOrdinals?>(() => Decode(reader, f), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>
    /// Adds <paramref name="weight"/> to the count of each value of <paramref name="doc"/>; with <paramref name="last"/> (per
    /// report), a value already counted for <paramref name="report"/> is not counted again.
    /// </summary>
    public void Count(int doc, int[] counts, int weight, int[]? last, int report)
    {
        if (_starts is null)
        {
            int ord;
            if (_small is not null)
            {
                var o = _small[doc];
                if (o == NoSmallOrd) return;
                ord = o;
            }
            else
            {
                ord = _large![doc];
                if (ord < 0) return;
            }
            Add(ord, counts, weight, last, report);
            return;
        }
        var end = _starts[doc + 1];
        for (var k = _starts[doc]; k < end; k++) Add(_small is not null ? _small[k] : _large![k], counts, weight, last, report);
    }

    /// <summary>The first (smallest) ordinal of <paramref name="doc"/>, or -1 when it has no value.</summary>
    public int First(int doc)
    {
        if (_starts is not null)
        {
            var k = _starts[doc];
            if (k == _starts[doc + 1]) return -1;
            return _small is not null ? _small[k] : _large![k];
        }
        if (_small is not null) return _small[doc] == NoSmallOrd ? -1 : _small[doc];
        return _large![doc];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(int ord, int[] counts, int weight, int[]? last, int report)
    {
        if (last is not null)
        {
            if (last[ord] == report) return;
            last[ord] = report;
        }
        counts[ord] += weight;
    }

    private static SegmentOrdinals? Decode(AtomicReader reader, string field)
    {
        var values = reader.GetSortedSetDocValues(field);
        if (values is null) return null;
        var maxDoc = reader.MaxDoc;
        var small = values.ValueCount < NoSmallOrd;
        var starts = new int[maxDoc + 1];
        var ords = new int[Math.Max(16, maxDoc)];
        var n = 0;
        var multi = false;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = n;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                if (n == ords.Length) Array.Resize(ref ords, ords.Length * 2);
                ords[n++] = (int)ord;
            }
            multi |= n - starts[doc] > 1;
        }
        starts[maxDoc] = n;
        SegmentOrdinals decoded;
        if (multi)
        {
            decoded = small
                ? new SegmentOrdinals(starts, ords.AsSpan(0, n).ToArray().Select(o => (ushort)o).ToArray(), null)
                : new SegmentOrdinals(starts, null, ords.AsSpan(0, n).ToArray());
        }
        else if (small)
        {
            var perDoc = new ushort[maxDoc];
            for (var doc = 0; doc < maxDoc; doc++) perDoc[doc] = starts[doc + 1] > starts[doc] ? (ushort)ords[starts[doc]] : NoSmallOrd;
            decoded = new SegmentOrdinals(null, perDoc, null);
        }
        else
        {
            var perDoc = new int[maxDoc];
            for (var doc = 0; doc < maxDoc; doc++) perDoc[doc] = starts[doc + 1] > starts[doc] ? ords[starts[doc]] : -1;
            decoded = new SegmentOrdinals(null, null, perDoc);
        }
        return decoded;
    }
}
