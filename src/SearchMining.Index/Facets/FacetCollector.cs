using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Facets;

/// <summary>
/// Counts, for every matching document, the values of each facet dimension from its sorted-set doc values; with
/// <paramref name="perReport"/>, each value counts matching reports instead of matching documents.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> dimensions, bool perReport = false) : ICollector
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
        var reports = perReport ? context.AtomicReader.GetSortedSetDocValues(IndexFields.Facet(IndexFields.ReportDimension)) : null;
        _current = new SegmentFacetCounts(dimensions.Select(d => (d, (SortedSetDocValues?)context.AtomicReader.GetSortedSetDocValues(IndexFields.Facet(d)))).ToList(), reports);
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
