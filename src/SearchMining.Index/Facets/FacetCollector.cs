using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Facets;

/// <summary>
/// Collects, in the same pass as the top hits, the number of distinct matching reports (always exact) and the facet
/// values of the matches from their sorted-set doc values. The first <paramref name="exactMatches"/> matches
/// are counted exactly; beyond that every <paramref name="sampleStride"/>-th match is counted with that weight,
/// so large result sets get estimated facets (<see cref="Estimated"/>) at a bounded cost.
/// With <paramref name="perReport"/>, each value counts matching reports instead of matching documents. The report of
/// each match is read only where it is used (<paramref name="countReports"/> or <paramref name="perReport"/>): a flat page
/// needs neither, and at 100k reports that read was half the collector's cost on queries with 10^5 matches.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> dimensions, bool perReport = false,
    int exactMatches = FacetCounter.ExactMatches, int sampleStride = FacetCounter.SampleStride, bool countReports = true) : ICollector
{
    private readonly bool _readReports = countReports || perReport;
    private int _reports;

    private readonly Dictionary<string, Dictionary<string, int>> _counts = dimensions.ToDictionary(d => d, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private SegmentFacetCounts? _current;
    private SortedSetDocValues? _reportValues;
    private long _lastReport = -1;

    /// <summary>Matching documents (exact).</summary>
    public int Hits { get; private set; }

    /// <summary>Distinct reports among the matches (exact); only when the collector was asked to count them.</summary>
    public int Reports => _readReports ? _reports : throw new InvalidOperationException("This collector does not count reports.");

    /// <summary>True when some matches were skipped by sampling, so the counts are estimates.</summary>
    public bool Estimated { get; private set; }

    /// <summary>Documents must arrive in order: a report's block is then seen contiguously (exact distinct counts).</summary>
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        _reportValues = _readReports ? reader.GetSortedSetDocValues(IndexFields.Facet(IndexFields.ReportDimension)) : null;
        _lastReport = -1;
        _current = dimensions.Count == 0 ? null
            : new SegmentFacetCounts(dimensions.Select(d => (d, (SortedSetDocValues?)reader.GetSortedSetDocValues(IndexFields.Facet(d)))).ToList(), perReport);
    }

    public void Collect(int doc)
    {
        var report = -1L;
        if (_reportValues is not null)
        {
            _reportValues.SetDocument(doc);
            report = _reportValues.NextOrd();
            if (report != SortedSetDocValues.NO_MORE_ORDS && report != _lastReport)
            {
                _reports++;
                _lastReport = report;
            }
        }
        var hit = Hits++;
        if (_current is null) return;
        if (hit < exactMatches)
        {
            _current.Count(doc, (int)report, 1);
        }
        else if ((hit - exactMatches) % sampleStride == 0)
        {
            Estimated = true;
            _current.Count(doc, (int)report, sampleStride);
        }
        else
        {
            Estimated = true;
        }
    }

    /// <summary>Dimension → value → count of matching documents (or reports).</summary>
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
