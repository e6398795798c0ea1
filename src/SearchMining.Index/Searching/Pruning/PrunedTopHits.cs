using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchMining.Index.Searching.Pruning;

/// <summary>
/// The cheaper first pass (MaxScore over the query's clauses, docs/SCALING.md): every match is visited (the facet collector
/// sees each one, so totals and facets are unchanged), but a match is scored only when its score could enter the top
/// <c>size</c>. Its bound (<see cref="ScoreBounds"/>) is computed from the constant clauses it holds (cached bitsets) and
/// the bounds of the BM25 clauses it may hold; while that bound is not below the queue's bottom, the scored clauses are
/// tested one by one (most valuable first) on their postings, and a match whose bound falls below the bottom is skipped.
/// The others are scored by the real Lucene scorer advanced to them, so their scores are Lucene's, bit for bit; the skip
/// test is strict (<c>bound &lt; bottom</c>), so every match that could tie the bottom (ties go by section id) is scored.
/// Relevance sort from the first page only; returns false (nothing collected) where it does not apply, and the caller
/// searches the Lucene way.
/// </summary>
internal static class PrunedTopHits
{
    /// <summary>Matches and scored matches of the last pruned search on this thread (for benchmarks and tests).</summary>
    [ThreadStatic] private static (long Matches, long Scored) _last;

    public static (long Matches, long Scored) Last => _last;

    /// <summary>Matches of the last pruned search on this thread skipped by their block's bound alone (<see cref="BlockMaxima"/>).</summary>
    [ThreadStatic] private static long _lastBlockSkipped;

    public static long LastBlockSkipped => _lastBlockSkipped;

    /// <summary>Pruned searches on this thread that found their bound or match set disagreeing with the query (then searched the Lucene way; never seen).</summary>
    [ThreadStatic] private static int _failures;

    public static int Failures => _failures;

    /// <summary>
    /// Collects the top hits and every match into the (fresh) collectors; false when the first pass does not apply or found
    /// its bound disagreeing with the query — then the collectors hold partial results: search again with new ones.
    /// </summary>
    /// <summary>
    /// Matches tested against the bound before deciding whether testing pays: where fewer than one in
    /// <see cref="SkipRateDivisor"/> of them was skipped (a one-word query: every match holds every clause, so no bound
    /// separates them), the rest of the search scores every match without testing.
    /// </summary>
    public const int ProbeMatches = 1024;

    public const int SkipRateDivisor = 4;

    /// <summary>Matches seen (and the queue full) before the bound is built: fewer are scored whole, without its set-up.</summary>
    public const int BoundAfterMatches = 1024;

    public static bool TrySearch(IndexSearcher searcher, Query query, int size, ICollector topHits, ICollector everyMatch,
        int boundAfter = BoundAfterMatches)
    {
        try
        {
            return Search(searcher, query, size, topHits, everyMatch, boundAfter);
        }
        catch (InvalidOperationException)
        {
            _failures++;
            return false;
        }
    }

    private static bool Search(IndexSearcher searcher, Query query, int size, ICollector topHits, ICollector everyMatch, int boundAfter)
    {
        // Only a plain searcher: a subsection searcher with rebuilt statistics weights its clauses otherwise.
        if (searcher.GetType() != typeof(IndexSearcher)) return false;
        var rewritten = searcher.Rewrite(query);
        if (MatchOnly.Of(rewritten) is not { } matching) return false;
        if (!ScoreBounds.Supports(rewritten, searcher)) return false;
        var real = searcher.CreateNormalizedWeight(query);
        var matchWeight = searcher.CreateNormalizedWeight(matching);
        var page = new PageBottom(size);
        var held = new HeldScore();
        // The bound is built (a weight per clause) only once the queue is full and BoundAfterMatches matches were seen:
        // a query with fewer matches is scored whole, as Lucene would, without that set-up.
        ScoreBounds? bounds = null;
        var boundsTried = false;
        bool[] present = [], allPresent = [];
        double[] blockValues = [];
        long matches = 0, scored = 0, tested = 0, skipped = 0, blockSkipped = 0;
        var bounding = true;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            topHits.SetNextReader(leaf);
            everyMatch.SetNextReader(leaf);
            var live = leaf.AtomicReader.LiveDocs;
            var docs = matchWeight.GetScorer(leaf, live);
            if (docs is null) continue;
            topHits.SetScorer(held);
            everyMatch.SetScorer(held);
            Scorer? scorer = null;
            DocIdSetIterator?[]? iterators = null;
            bool[]? opened = null;
            DocIdSetIterator? Iterator(int i)
            {
                iterators ??= new DocIdSetIterator?[bounds!.Leaves.Count];
                opened ??= new bool[bounds!.Leaves.Count];
                if (opened[i]) return iterators[i];
                opened[i] = true;
                return iterators[i] = bounds!.Leaves[i].Weight.GetScorer(leaf, live);
            }
            bool Holds(int i, int doc)
            {
                if (Iterator(i) is not { } it) return false;
                var at = it.DocID;
                if (at < doc) at = it.Advance(doc);
                return at == doc;
            }

            // Block maxima of the scored clauses, read (or taken from the cache) once the queue is full in this segment.
            float[]?[]? maxima = null;
            var block = -1;
            var blockBound = double.PositiveInfinity;
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                matches++;
                everyMatch.Collect(doc);
                var bound = double.PositiveInfinity;
                if (page.Full && !boundsTried && matches >= boundAfter)
                {
                    boundsTried = true;
                    bounds = ScoreBounds.Of(rewritten, searcher);
                    if (bounds is not null)
                    {
                        present = new bool[bounds.Leaves.Count];
                        blockValues = new double[bounds.Leaves.Count];
                        allPresent = new bool[bounds.Leaves.Count];
                        Array.Fill(allPresent, true);
                    }
                }
                if (bounds is not null && page.Full)
                {
                    var bottom = page.Bottom;
                    if (doc >> BlockMaxima.BlockShift != block)
                    {
                        maxima ??= bounds.Leaves.Select(l => BlockMaxima.Of(leaf, l)).ToArray();
                        block = doc >> BlockMaxima.BlockShift;
                        bounds.BlockValues(maxima, block, blockValues);
                        blockBound = bounds.Root.Bound(blockValues, allPresent);
                    }
                    // The whole block's bound (its clauses' largest scores in it) is below the page: no test, no score.
                    bound = blockBound;
                    if (bound < bottom)
                    {
                        blockSkipped++;
                        continue;
                    }
                    if (bounding && tested == ProbeMatches && skipped * SkipRateDivisor < tested) bounding = false;
                    if (bounding)
                    {
                        tested++;
                        foreach (var i in bounds.ConstantLeaves) present[i] = Holds(i, doc);
                        foreach (var i in bounds.ScoredOrder) present[i] = blockValues[i] > 0;
                        bound = bounds.Root.Bound(blockValues, present);
                        if (bound < bottom)
                        {
                            skipped++;
                            continue;
                        }
                        var skip = false;
                        foreach (var i in bounds.ScoredOrder)
                        {
                            if (!present[i] || Holds(i, doc)) continue;
                            present[i] = false;
                            bound = bounds.Root.Bound(blockValues, present);
                            if (bound < bottom)
                            {
                                skip = true;
                                break;
                            }
                        }
                        if (skip)
                        {
                            skipped++;
                            continue;
                        }
                    }
                }
                scorer ??= real.GetScorer(leaf, live);
                var at = scorer is null ? DocIdSetIterator.NO_MORE_DOCS : scorer.DocID < doc ? scorer.Advance(doc) : scorer.DocID;
                // The match set and the bound are derived from the query; a disagreement means they do not describe it.
                if (at != doc) throw new InvalidOperationException($"The first pass's match set disagrees with the query at document {doc + leaf.DocBase}.");
                var score = scorer!.GetScore();
                if (score > bound) throw new InvalidOperationException($"A score ({score}) is above its bound ({bound}) at document {doc + leaf.DocBase}.");
                scored++;
                held.Score = score;
                held.Doc = doc;
                topHits.Collect(doc);
                page.Add(score);
            }
        }
        _last = (matches, scored);
        _lastBlockSkipped = blockSkipped;
        return true;
    }
}
