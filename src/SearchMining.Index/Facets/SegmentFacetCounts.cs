using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchMining.Index.Facets;

/// <summary>
/// Facet counts of one index segment in arrays indexed by the segment's ordinals (rented, returned by
/// <see cref="AddTo"/>), turned into value counts once the segment is done. Per report (<paramref name="perReport"/>),
/// a value counts each matching report once however many of its sections match: a report's documents are one
/// contiguous block of one segment and documents arrive in order, so remembering the last report counted per ordinal
/// keeps the count exact. A match's values are read from the segment's decoded ordinals (<see cref="SegmentOrdinals"/>)
/// where given, else from the doc values.
/// </summary>
internal sealed class SegmentFacetCounts
{
    private readonly IReadOnlyList<(string Dimension, SortedSetDocValues? Values, SegmentOrdinals? Ordinals)> _fields;
    private readonly int[]?[] _counts;
    private readonly int[]?[]? _lastReport;

    public SegmentFacetCounts(IReadOnlyList<(string Dimension, SortedSetDocValues? Values, SegmentOrdinals? Ordinals)> fields, bool perReport)
    {
        _fields = fields;
        _counts = new int[]?[fields.Count];
        _lastReport = perReport ? new int[]?[fields.Count] : null;
    }

    /// <summary>Counts the values of <paramref name="doc"/> (<paramref name="report"/>: its report's ordinal in this segment, -1 when none).</summary>
    public void Count(int doc, int report, int weight)
    {
        for (var i = 0; i < _fields.Count; i++)
        {
            var values = _fields[i].Values;
            if (values is null) continue;
            if (_fields[i].Ordinals is null) values.SetDocument(doc);
            var counts = _counts[i] ??= Rent(values.ValueCount, 0);
            var last = _lastReport is null ? null : _lastReport[i] ??= Rent(values.ValueCount, -1);
            if (_fields[i].Ordinals is { } decoded)
            {
                decoded.Count(doc, counts, weight, last, report);
                continue;
            }
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                if (last is not null)
                {
                    if (last[ord] == report) continue;
                    last[ord] = report;
                }
                counts[ord] += weight;
            }
        }
    }

    /// <summary>Adds this segment's counts to <paramref name="totals"/> (per dimension, by global ordinal) and returns its arrays.</summary>
    public void AddTo(IReadOnlyList<(GlobalOrdinals? Ordinals, int[]? Counts)> totals, int segment)
    {
        for (var i = 0; i < _fields.Count; i++)
        {
            var values = _fields[i].Values;
            if (values is null || _counts[i] is not { } byOrd) continue;
            var (ordinals, target) = totals[i];
            var n = (int)values.ValueCount;
            for (var ord = 0; ord < n; ord++)
                if (byOrd[ord] != 0) target![ordinals!.Global(segment, ord)] += byOrd[ord];
            ArrayPool<int>.Shared.Return(byOrd);
            if (_lastReport?[i] is { } last) ArrayPool<int>.Shared.Return(last);
        }
    }

    private static int[] Rent(long valueCount, int fill)
    {
        var n = (int)valueCount;
        var array = ArrayPool<int>.Shared.Rent(Math.Max(1, n));
        Array.Fill(array, fill, 0, n);
        return array;
    }
}
