using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchMining.Index.Facets;

/// <summary>
/// Facet counts of one index segment, by ordinal, turned into value counts when the segment is done. Per report
/// (<paramref name="reports"/> given), a value counts each matching report once however many of its sections match;
/// a report's documents are one block and so one segment, which keeps the count exact.
/// </summary>
internal sealed class SegmentFacetCounts(IReadOnlyList<(string Dimension, SortedSetDocValues? Values)> fields, SortedSetDocValues? reports = null)
{
    private readonly Dictionary<long, int>[] _byOrd = fields.Select(_ => new Dictionary<long, int>()).ToArray();
    private readonly HashSet<(long Ord, long Report)>[]? _seen = reports is null ? null : fields.Select(_ => new HashSet<(long, long)>()).ToArray();

    public void Count(int doc)
    {
        var report = -1L;
        if (reports is not null)
        {
            reports.SetDocument(doc);
            report = reports.NextOrd();
        }
        for (var i = 0; i < fields.Count; i++)
        {
            var values = fields[i].Values;
            if (values is null) continue;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                if (_seen is not null && !_seen[i].Add((ord, report))) continue;
                _byOrd[i][ord] = _byOrd[i].GetValueOrDefault(ord) + 1;
            }
        }
    }

    public void AddTo(Dictionary<string, Dictionary<string, int>> counts)
    {
        var scratch = new BytesRef();
        for (var i = 0; i < fields.Count; i++)
        {
            var values = fields[i].Values;
            if (values is null) continue;
            var target = counts[fields[i].Dimension];
            foreach (var (ord, n) in _byOrd[i])
            {
                values.LookupOrd(ord, scratch);
                var key = scratch.Utf8ToString();
                target[key] = target.GetValueOrDefault(key) + n;
            }
        }
    }
}
