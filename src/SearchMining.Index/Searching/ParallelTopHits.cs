using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Index.Facets;

namespace SearchMining.Index.Searching;

/// <summary>
/// One request's segments searched on several threads (issue 18: on 2 cores a lone request can use both), with the same
/// result as one Lucene pass over the segments in order:
/// <list type="bullet">
/// <item>each segment is matched and scored by the request's one normalized weight (so every score is the same float) into
/// its thread's sorted top-hits collector (a thread takes its segments in index order); the threads' top hits are merged by
/// the sort's values, then by document number — the order one collector gives;</item>
/// <item>each segment records its matches (document numbers, in order); once every segment's count is known, the facets are
/// counted segment by segment (on the threads again) with each segment's first match numbered as in one pass, so the exact
/// part and the 1-in-<see cref="FacetCounter.SampleStride"/> sample are the same matches; the threads' counts are then
/// added up.</item>
/// </list>
/// Totals, pages, scores, groups, facets and cursors are identical (search-cost --against no-parallel; ParallelSearchTests).
/// </summary>
internal static class ParallelTopHits
{
    /// <summary>Threads one request uses at most (the cores of the machine).</summary>
    public static int Workers { get; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// The top <paramref name="size"/> hits by <paramref name="sort"/> (after <paramref name="after"/>) and the facet
    /// collector that saw every match; false when the reader has one segment or one thread is allowed.
    /// </summary>
    public static bool TrySearch(IndexSearcher searcher, Query query, Sort sort, int size, FieldDoc? after, Func<FacetCollector> newFacets,
        int workers, out TopDocs top, out FacetCollector facets)
    {
        var leaves = searcher.IndexReader.Leaves;
        if (workers < 2 || leaves.Count < 2)
        {
            (top, facets) = (null!, null!);
            return false;
        }
        var weight = searcher.CreateNormalizedWeight(query);
        var facetsFirst = newFacets();
        var record = facetsFirst.NeedsMatches;
        var hits = new TopFieldCollector?[workers];
        var matches = new SegmentMatches[leaves.Count];
        try
        {
            SegmentWorkers.Run(leaves.Count, workers, (w, i) =>
            {
                var leaf = leaves[i];
                // One collector per thread: it sees its segments in index order, as one pass would.
                var queue = hits[w] ??= TopFieldCollector.Create(sort, size, after, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
                var seen = matches[i] = new SegmentMatches(record);
                var collector = MultiCollector.Wrap(queue, seen);
                collector.SetNextReader(leaf);
                var scorer = weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs);
                if (scorer is not null) scorer.Score(collector);
            });
            var first = new int[leaves.Count];
            var total = 0;
            for (var i = 0; i < leaves.Count; i++)
            {
                first[i] = total;
                total += matches[i].Count;
            }
            facets = record ? CountFacets(leaves, matches, first, facetsFirst, newFacets, workers) : facetsFirst;
            facets.SetHits(total);
            top = Merge(sort, size, hits, total);
            return true;
        }
        finally
        {
            foreach (var m in matches) m?.Dispose();
        }
    }

    /// <summary>
    /// The threads' top hits as one list: by the sort's values, then by document number — the order of one collector over
    /// the segments in order (it keeps the earlier document of two with equal values).
    /// </summary>
    internal static TopDocs Merge(Sort sort, int size, TopFieldCollector?[] perThread, int total) =>
        Merge(sort, size, perThread.Where(c => c is not null).SelectMany(c => c!.GetTopDocs().ScoreDocs), total);

    /// <summary>
    /// <paramref name="hits"/> (field docs of one reader) as one page in the order of <see cref="Merge(Sort, int, TopFieldCollector?[], int)"/>.
    /// A collector's <c>GetTopDocs</c> empties it: merge what it gave, not the collector, a second time.
    /// </summary>
    internal static TopDocs Merge(Sort sort, int size, IEnumerable<ScoreDoc> hits, int total)
    {
        var fields = sort.GetSort();
        var comparers = fields.Select((f, i) => f.GetComparer(1, i)).ToArray();
        var reverse = fields.Select(f => f.IsReverse ? -1 : 1).ToArray();
        var all = hits.Cast<FieldDoc>().ToList();
        all.Sort((a, b) =>
        {
            for (var i = 0; i < comparers.Length; i++)
            {
                var c = reverse[i] * comparers[i].CompareValues(a.Fields[i], b.Fields[i]);
                if (c != 0) return c;
            }
            return a.Doc.CompareTo(b.Doc);
        });
        var page = all.Take(size).Cast<ScoreDoc>().ToArray();
        return new TopFieldDocs(total, page, fields, float.NaN);
    }

    internal static FacetCollector CountFacets(IList<AtomicReaderContext> leaves, SegmentMatches[] matches, int[] first,
        FacetCollector facetsFirst, Func<FacetCollector> newFacets, int workers)
    {
        var perWorker = new FacetCollector?[workers];
        perWorker[0] = facetsFirst;
        SegmentWorkers.Run(leaves.Count, workers, (w, i) =>
        {
            var m = matches[i];
            if (m.Count == 0) return;
            var collector = perWorker[w] ??= newFacets();
            collector.SetNextReader(leaves[i]);
            collector.SetHits(first[i]);
            var docs = m.Docs;
            for (var k = 0; k < m.Count; k++) collector.Collect(docs[k]);
        });
        for (var w = 1; w < workers; w++)
            if (perWorker[w] is { } other) facetsFirst.Add(other);
        return facetsFirst;
    }
}
