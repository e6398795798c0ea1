using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Facets;

/// <summary>Counts, for every matching document, the values of each facet dimension from its sorted-set doc values.</summary>
internal sealed class FacetCollector(IReadOnlyList<string> dimensions) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = dimensions.ToDictionary(d => d, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly List<SegmentFacetCounts> _segments = [];
    private SegmentFacetCounts? _current;

    public int Hits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _current = new SegmentFacetCounts(dimensions.Select(d => (d, (SortedSetDocValues?)context.AtomicReader.GetSortedSetDocValues(IndexFields.Facet(d)))).ToList());
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
}
