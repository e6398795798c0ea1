using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Facets;

/// <summary>Counts, for every matching document, the values of each facet dimension from its sorted-set doc values.</summary>
internal sealed class FacetCollector(IReadOnlyList<string> dimensions) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = dimensions.ToDictionary(d => d, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly List<SegmentCounts> _segments = [];
    private SegmentCounts? _current;

    public int Hits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _current = new SegmentCounts(dimensions.Select(d => (d, (SortedSetDocValues?)context.AtomicReader.GetSortedSetDocValues(IndexFields.Facet(d)))).ToList());
    }

    public void Collect(int doc)
    {
        Hits++;
        _current?.Count(doc);
    }

    /// <summary>Dimension → value → count of matching documents.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts()
    {
        Flush();
        return _counts;
    }

    private void Flush()
    {
        if (_current is null) return;
        _current.AddTo(_counts);
        _current = null;
    }

    private sealed class SegmentCounts(IReadOnlyList<(string Dimension, SortedSetDocValues? Values)> fields)
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
}
