using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Index.Facets;

namespace SearchMining.Index.Searching.Pruning;

/// <summary>
/// Score only the matches that can reach the page, tier by tier (docs/SCALING.md round 12). A section's score is its BM25
/// sum plus constant coverage tiers (<see cref="ScoreTiers"/>); the sections that hold the most valuable clause of every
/// word group (the top tier: an intersection of cached presence bitsets, no per-match test) are scored first, on the
/// segments' threads; the others only when the page is not full or <see cref="ScoreTiers.LowerBound"/> (every lower-tier
/// section's score is at most that) is not strictly below the page's last score (ties go by section id, so a section that
/// could tie is scored). Every match is still recorded and counted (totals and facets exactly as
/// <see cref="ParallelTopHits"/>, from the match set without scoring). Scores come from Lucene's own scorer advanced to each
/// scored section, so they are its bits; the sort ends with the unique section id, so the order in which sections reach
/// the collectors does not change the page.
/// </summary>
internal static class TieredTopHits
{
    /// <summary>Matches, top-tier matches and scored matches of the last tiered search on this thread (benchmarks, tests).</summary>
    [ThreadStatic] private static (long Matches, long TopTier, long Scored) _last;

    /// <summary>Why the last search on this thread did not take the tiers (<see cref="TierRule"/>), or null.</summary>
    [ThreadStatic] private static string? _declined;

    public static (long Matches, long TopTier, long Scored) Last => _last;

    /// <summary>The scored (BM25) clauses of the last search's bound on this thread.</summary>
    [ThreadStatic] private static int _scoredClauses;

    public static string? LastDeclined => _declined;

    public static int LastScoredClauses => _scoredClauses;

    public static void ResetLast() => (_last, _declined, _scoredClauses) = (default, null, 0);

    /// <summary>
    /// The top <paramref name="size"/> hits by relevance (first page) and the facet collector that saw every match; false
    /// where the query has no tiers (or a shape the bound does not cover): search the Lucene way. With
    /// <paramref name="byRule"/>, <see cref="TierRule"/> decides per search whether the tiers are worth taking; a search it
    /// declines is scored whole (by its shape: the round-11 path; by its counts: every match in Lucene's loop).
    /// </summary>
    public static bool TrySearch(IndexSearcher searcher, Query query, Sort sort, int size, Func<FacetCollector> newFacets, int workers,
        bool byRule, out TopDocs top, out FacetCollector facets)
    {
        (top, facets) = (null!, null!);
        // Only a plain searcher: a subsection searcher with rebuilt statistics weights its clauses otherwise.
        if (searcher.GetType() != typeof(IndexSearcher)) return false;
        var rewritten = searcher.Rewrite(query);
        if (MatchOnly.Of(rewritten) is not { } matching || !ScoreBounds.Supports(rewritten, searcher)) return false;
        // The shape first, from the tree alone: a query it declines builds no bound (a weight per clause) nor tiers.
        if (byRule && TierShape.Declines(rewritten, matching, out var shapeClauses))
        {
            (_scoredClauses, _declined) = (shapeClauses, TierRule.DeclinedByShape(shapeClauses));
            return false;
        }
        if (ScoreBounds.Of(rewritten, searcher) is not { } bounds) return false;
        var tiers = ScoreTiers.Of(rewritten, matching, bounds);
        _scoredClauses = bounds.ScoredOrder.Length;
        var choice = byRule ? TierRule.ByShape(tiers.Rest is null, bounds.ScoredOrder.Length) : TierChoice.Take;
        if (choice == TierChoice.Decline)
        {
            _declined = TierRule.DeclinedByShape(bounds.ScoredOrder.Length);
            return false;
        }
        try
        {
            return Search(searcher, query, sort, size, newFacets, Math.Max(1, workers), matching, bounds, tiers, choice == TierChoice.Count, out top, out facets);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool Search(IndexSearcher searcher, Query query, Sort sort, int size, Func<FacetCollector> newFacets, int workers,
        Query matching, ScoreBounds bounds, ScoreTiers tiers, bool countFirst, out TopDocs top, out FacetCollector facets)
    {
        var leaves = searcher.IndexReader.Leaves;
        var real = searcher.CreateNormalizedWeight(query);
        var matchWeight = searcher.CreateNormalizedWeight(matching);
        var topWeight = searcher.CreateNormalizedWeight(tiers.Top);
        var facetsFirst = newFacets();
        var record = facetsFirst.NeedsMatches;
        var hits = new TopFieldCollector?[workers * 2];
        var pages = new PageBottom?[workers];
        var matches = new SegmentMatches[leaves.Count];
        // With the rule (several tiers, few scored clauses), a segment's top tier is counted (a conjunction of cached bitsets,
        // nothing scored) and recorded before the search decides — scored from the record if taken; otherwise scored at once.
        var decideFirst = countFirst && tiers.Rest is not null;
        var topTiers = decideFirst ? new SegmentMatches[leaves.Count] : null;
        long topTier = 0;
        long counted = -1;
        try
        {
            TopFieldCollector Queue(int slot) =>
                hits[slot] ??= TopFieldCollector.Create(sort, size, null, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
            SegmentWorkers.Run(leaves.Count, workers, (w, i) =>
            {
                var leaf = leaves[i];
                var live = leaf.AtomicReader.LiveDocs;
                var seen = matches[i] = new SegmentMatches(record);
                if (matchWeight.GetScorer(leaf, live) is { } all)
                    for (var doc = all.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = all.NextDoc()) seen.Collect(doc);
                if (seen.Count == 0) return;
                if (decideFirst)
                {
                    var tops = topTiers![i] = new SegmentMatches(record: true);
                    if (topWeight.GetScorer(leaf, live) is { } inTier)
                        for (var doc = inTier.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = inTier.NextDoc()) tops.Collect(doc);
                    Interlocked.Add(ref topTier, tops.Count);
                    return;
                }
                var scored = Score(leaf, real, topWeight.GetScorer(leaf, live), Queue(w), pages[w] ??= new PageBottom(size), bounds, tiers.UpperBound);
                Interlocked.Add(ref topTier, scored);
            });
            var first = new int[leaves.Count];
            var total = 0;
            for (var i = 0; i < leaves.Count; i++)
            {
                first[i] = total;
                total += matches[i].Count;
            }
            if (decideFirst)
            {
                _declined = TierRule.Decline(total, topTier, size);
                if (_declined is not null)
                {
                    // Every match scored in Lucene's own loop, as the round-11 path does; the matches are already recorded.
                    SegmentWorkers.Run(leaves.Count, workers, (w, i) =>
                    {
                        if (matches[i].Count == 0) return;
                        var leaf = leaves[i];
                        var queue = Queue(w);
                        queue.SetNextReader(leaf);
                        real.GetBulkScorer(leaf, true, leaf.AtomicReader.LiveDocs)?.Score(queue);
                    });
                    top = ParallelTopHits.Merge(sort, size, hits.Take(workers).ToArray(), total);
                    facets = record ? ParallelTopHits.CountFacets(leaves, matches, first, facetsFirst, newFacets, workers) : facetsFirst;
                    facets.SetHits(total);
                    _last = (total, topTier, total);
                    return true;
                }
                (counted, topTier) = (topTier, 0);
                SegmentWorkers.Run(leaves.Count, workers, (w, i) =>
                {
                    if (matches[i].Count == 0) return;
                    var tops = topTiers![i];
                    var scored = Score(leaves[i], real, tops.Count == 0 ? null : new RecordedDocs(tops.Docs, tops.Count), Queue(w), pages[w] ??= new PageBottom(size),
                        bounds, tiers.UpperBound);
                    Interlocked.Add(ref topTier, scored);
                });
            }
            top = ParallelTopHits.Merge(sort, size, hits.Take(workers).ToArray(), total);
            long scoredAll = topTier;
            // The lower tiers: only where the page is not full, or where their bound does not keep them off it.
            if (tiers.Rest is not null && topTier < total && (top.ScoreDocs.Length < size || !(tiers.LowerBound < top.ScoreDocs[^1].Score)))
            {
                var restWeight = searcher.CreateNormalizedWeight(tiers.Rest);
                // The page so far is a floor for every thread's bottom: a lower-tier section below it cannot enter.
                var floor = top.ScoreDocs.Length == size ? top.ScoreDocs[^1].Score : float.NegativeInfinity;
                SegmentWorkers.Run(leaves.Count, workers, (w, i) =>
                {
                    if (matches[i].Count == 0) return;
                    var leaf = leaves[i];
                    var page = pages[w] ??= new PageBottom(size);
                    page.Floor = floor;
                    var scored = Score(leaf, real, restWeight.GetScorer(leaf, leaf.AtomicReader.LiveDocs), Queue(workers + w), page, bounds, tiers.LowerBound);
                    Interlocked.Add(ref scoredAll, scored);
                });
                top = ParallelTopHits.Merge(sort, size, top.ScoreDocs.Concat(hits.Skip(workers).Where(c => c is not null).SelectMany(c => c!.GetTopDocs().ScoreDocs)), total);
            }
            facets = record ? ParallelTopHits.CountFacets(leaves, matches, first, facetsFirst, newFacets, workers) : facetsFirst;
            facets.SetHits(total);
            _last = (total, tiers.Rest is null ? total : counted >= 0 ? counted : topTier, scoredAll);
            return true;
        }
        finally
        {
            foreach (var m in matches) m?.Dispose();
            foreach (var m in topTiers ?? []) m?.Dispose();
        }
    }

    /// <summary>
    /// Scores the documents of <paramref name="docs"/> with Lucene's scorer advanced to each into <paramref name="queue"/>;
    /// returns how many. Once the thread's page is full, a block of <see cref="BlockMaxima.BlockSize"/> documents whose bound
    /// (every scored clause at its largest score in the block, every constant clause held) is strictly below the page's
    /// bottom is passed over unscored. A document the scorer does not land on, or a score above its bound, means the bound
    /// does not describe the query: the search is abandoned (and run the Lucene way).
    /// </summary>
    private static long Score(AtomicReaderContext leaf, Weight real, DocIdSetIterator? docs, TopFieldCollector queue, PageBottom page, ScoreBounds bounds,
        double tierBound)
    {
        if (docs is null) return 0;
        var scorer = real.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
        var held = new HeldScore();
        queue.SetNextReader(leaf);
        queue.SetScorer(held);
        long scored = 0;
        float[]?[]? maxima = null;
        double[]? values = null;
        bool[]? present = null;
        var block = -1;
        var bound = tierBound;
        var doc = docs.NextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS)
        {
            if (page.Full && doc >> BlockMaxima.BlockShift != block)
            {
                block = doc >> BlockMaxima.BlockShift;
                if (maxima is null)
                {
                    maxima = bounds.Leaves.Select(l => BlockMaxima.Of(leaf, l)).ToArray();
                    values = new double[maxima.Length];
                    present = new bool[maxima.Length];
                    Array.Fill(present, true);
                }
                bounds.BlockValues(maxima, block, values!);
                bound = Math.Min(tierBound, bounds.Root.Bound(values!, present!));
                if (bound < page.Bottom)
                {
                    doc = docs.Advance((block + 1) << BlockMaxima.BlockShift);
                    continue;
                }
            }
            var at = scorer is null ? DocIdSetIterator.NO_MORE_DOCS : scorer.DocID < doc ? scorer.Advance(doc) : scorer.DocID;
            if (at != doc) throw new InvalidOperationException($"The tiers disagree with the query at document {doc + leaf.DocBase}.");
            var score = scorer!.GetScore();
            if (score > bound) throw new InvalidOperationException($"A score ({score}) is above its bound ({bound}) at document {doc + leaf.DocBase}.");
            held.Score = score;
            held.Doc = doc;
            queue.Collect(doc);
            page.Add(score);
            scored++;
            doc = docs.NextDoc();
        }
        return scored;
    }
}
