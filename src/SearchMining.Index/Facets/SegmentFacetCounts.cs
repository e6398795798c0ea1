using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchMining.Index.Facets;

/// <summary>Facet counts of one index segment, by ordinal, turned into value counts when the segment is done.</summary>
internal sealed class SegmentFacetCounts(IReadOnlyList<(string Dimension, SortedSetDocValues? Values)> fields)
{
    private readonly Dictionary<long, int>[] _byOrd = fields.Select(_ => new Dictionary<long, int>()).ToArray();

    public void Count(int doc)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var values = fields[i].Values;
            if (values is null) continue;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                _byOrd[i][ord] = _byOrd[i].GetValueOrDefault(ord) + 1;
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
