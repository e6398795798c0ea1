using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;

namespace SearchMining.Index.Facets;

/// <summary>
/// Collects, in the same pass as the top hits, the number of distinct matching reports (always exact) and the facet
/// values of the matches from their sorted-set doc values. The first <paramref name="exactMatches"/> matches
/// are counted exactly; beyond that every <paramref name="sampleStride"/>-th match is counted with that weight,
/// so large result sets get estimated facets (<see cref="Estimated"/>) at a bounded cost.
/// With <paramref name="perReport"/>, each value counts matching reports instead of matching documents. The report of
/// each match is read only where it is used (<paramref name="countReports"/> or <paramref name="perReport"/>): a flat page
/// needs neither, and at 100k reports that read was half the collector's cost on queries with 10^5 matches.
/// With <paramref name="decodedOrdinals"/> (the default) a match's facet values are read from each segment's ordinals decoded
/// once (<see cref="SegmentOrdinals"/>) instead of its doc values: the same counts.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> dimensions, bool perReport = false,
    int exactMatches = FacetCounter.ExactMatches, int sampleStride = FacetCounter.SampleStride, bool countReports = true,
    bool decodedOrdinals = true) : ICollector
{
    private readonly bool _readReports = countReports || perReport;
    private int _reports;

    private (GlobalOrdinals? Ordinals, int[]? Counts)[]? _totals;
    private SegmentFacetCounts? _current;
    private int _segment;
    private SortedSetDocValues? _reportValues;
    private SegmentOrdinals? _reportOrdinals;
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
        _segment = context.Ord;
        if (_totals is null && dimensions.Count > 0)
        {
            var top = ReaderUtil.GetTopLevelContext(context).Reader;
            _totals = dimensions.Select(d => GlobalOrdinals.Of(top, IndexFields.Facet(d)) is var g && g.ValueCount > 0
                ? ((GlobalOrdinals?)g, (int[]?)RentZeroed(g.ValueCount)) : (null, null)).ToArray();
        }
        _reportValues = _readReports ? reader.GetSortedSetDocValues(IndexFields.Facet(IndexFields.ReportDimension)) : null;
        _reportOrdinals = _reportValues is not null && decodedOrdinals ? SegmentOrdinals.Of(reader, IndexFields.Facet(IndexFields.ReportDimension)) : null;
        _lastReport = -1;
        _current = dimensions.Count == 0 ? null
            : new SegmentFacetCounts(dimensions.Select(d => (d, (SortedSetDocValues?)reader.GetSortedSetDocValues(IndexFields.Facet(d)),
                decodedOrdinals ? SegmentOrdinals.Of(reader, IndexFields.Facet(d)) : null)).ToList(), perReport);
    }

    public void Collect(int doc)
    {
        var report = -1L;
        if (_reportValues is not null)
        {
            if (_reportOrdinals is not null)
            {
                report = _reportOrdinals.First(doc);
                if (report < 0) report = SortedSetDocValues.NO_MORE_ORDS;
            }
            else
            {
                _reportValues.SetDocument(doc);
                report = _reportValues.NextOrd();
            }
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

    /// <summary>Whether the collector reads anything of a match (facet values, its report); else it only counts them.</summary>
    internal bool NeedsMatches => dimensions.Count > 0 || _readReports;

    /// <summary>
    /// Sets the number of matches seen so far: before a segment counted on its own (after <see cref="SetNextReader"/>), the
    /// matches of the segments before it, so the exact part and the sample are the matches one pass in index order would
    /// pick; after the segments are counted, the total counted elsewhere (<see cref="Searching.ParallelTopHits"/>).
    /// </summary>
    internal void SetHits(int hits) => Hits = hits;

    /// <summary>Adds what <paramref name="other"/> counted (other segments of the same reader) to this collector's counts.</summary>
    internal void Add(FacetCollector other)
    {
        Flush();
        other.Flush();
        _reports += other._reports;
        Estimated |= other.Estimated;
        if (other._totals is null) return;
        if (_totals is null)
        {
            _totals = other._totals;
            other._totals = null;
            return;
        }
        for (var i = 0; i < _totals.Length; i++)
        {
            if (other._totals[i] is not (_, { } theirs)) continue;
            var (ordinals, mine) = _totals[i];
            var n = ordinals!.ValueCount;
            for (var g = 0; g < n; g++) mine![g] += theirs[g];
            ArrayPool<int>.Shared.Return(theirs);
            other._totals[i] = (null, null);
        }
    }

    /// <summary>
    /// The largest <paramref name="max"/> values of a dimension by count (then by value, ordinal string order), with their
    /// counts of matching documents (or reports). Only the values that can be among them are decoded. Returns the counting
    /// arrays to the pool: call once per dimension, after the search.
    /// </summary>
    public IReadOnlyList<FacetValue> Top(string dimension, int max)
    {
        if (_shown.TryGetValue((dimension, max), out var shown)) return shown;
        return _shown[(dimension, max)] = Decode(dimension, max);
    }

    private readonly Dictionary<(string, int), IReadOnlyList<FacetValue>> _shown = [];

    private IReadOnlyList<FacetValue> Decode(string dimension, int max)
    {
        Flush();
        var i = IndexOf(dimension);
        if (_totals is null || i < 0 || _totals[i] is not ({ } ordinals, { } counts)) return [];
        var n = ordinals.ValueCount;
        var nonZero = new List<int>();
        for (var g = 0; g < n; g++)
            if (counts[g] != 0) nonZero.Add(counts[g]);
        // Every value counted at least as often as the max-th largest count can be shown (ties are ordered by value).
        var threshold = nonZero.Count <= max ? 1 : nonZero.OrderByDescending(c => c).ElementAt(max - 1);
        var scratch = new BytesRef();
        var candidates = new List<FacetValue>();
        for (var g = 0; g < n; g++)
            if (counts[g] != 0 && counts[g] >= threshold) candidates.Add(new FacetValue(ordinals.Value(g, scratch), counts[g]));
        ArrayPool<int>.Shared.Return(counts);
        _totals[i] = (null, null);
        return candidates.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).Take(max).ToList();
    }

    private int IndexOf(string dimension)
    {
        for (var i = 0; i < dimensions.Count; i++)
            if (dimensions[i] == dimension) return i;
        return -1;
    }

    private static int[] RentZeroed(int n)
    {
        var array = ArrayPool<int>.Shared.Rent(n);
        Array.Clear(array, 0, n);
        return array;
    }

    private void Flush()
    {
        if (_current is null) return;
        _current.AddTo(_totals!, _segment);
        _current = null;
    }
}
