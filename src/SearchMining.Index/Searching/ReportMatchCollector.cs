using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Searching;

/// <summary>Collects the report id of every matching section from the report facet's doc values (no stored fields read).</summary>
internal sealed class ReportMatchCollector : ICollector
{
    private readonly Dictionary<string, int> _sections = new(StringComparer.Ordinal);
    private SortedSetDocValues? _reports;
    private Dictionary<long, int>? _segment;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _reports = context.AtomicReader.GetSortedSetDocValues(IndexFields.Facet(IndexFields.ReportDimension));
        _segment = [];
    }

    public void Collect(int doc)
    {
        if (_reports is null) return;
        _reports.SetDocument(doc);
        var ord = _reports.NextOrd();
        if (ord != SortedSetDocValues.NO_MORE_ORDS) _segment![ord] = _segment.GetValueOrDefault(ord) + 1;
    }

    /// <summary>Report id → matching sections.</summary>
    public IReadOnlyDictionary<string, int> Sections()
    {
        Flush();
        return _sections;
    }

    private void Flush()
    {
        if (_reports is null || _segment is null) return;
        var scratch = new BytesRef();
        foreach (var (ord, n) in _segment)
        {
            _reports.LookupOrd(ord, scratch);
            var id = scratch.Utf8ToString();
            _sections[id] = _sections.GetValueOrDefault(id) + n;
        }
        _segment = null;
    }
}
