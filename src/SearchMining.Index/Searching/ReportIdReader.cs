using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Searching;

/// <summary>The report id of hits from the report facet's doc values (no stored-field loads), for grouping by report.</summary>
internal static class ReportIdReader
{
    public static IReadOnlyList<string?> Read(IndexSearcher searcher, IReadOnlyList<ScoreDoc> hits)
    {
        var leaves = searcher.IndexReader.Leaves;
        var values = new SortedSetDocValues?[leaves.Count];
        var loaded = new bool[leaves.Count];
        var scratch = new BytesRef();
        var ids = new string?[hits.Count];
        for (var i = 0; i < hits.Count; i++)
        {
            var leaf = ReaderUtil.SubIndex(hits[i].Doc, leaves);
            if (!loaded[leaf])
            {
                values[leaf] = leaves[leaf].AtomicReader.GetSortedSetDocValues(IndexFields.Facet(IndexFields.ReportDimension));
                loaded[leaf] = true;
            }
            if (values[leaf] is not { } reports) continue;
            reports.SetDocument(hits[i].Doc - leaves[leaf].DocBase);
            var ord = reports.NextOrd();
            if (ord == SortedSetDocValues.NO_MORE_ORDS) continue;
            reports.LookupOrd(ord, scratch);
            ids[i] = scratch.Utf8ToString();
        }
        return ids;
    }
}
