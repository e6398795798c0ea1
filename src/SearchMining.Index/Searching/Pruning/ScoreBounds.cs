using System.Globalization;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchMining.Index.Querying;

namespace SearchMining.Index.Searching.Pruning;

/// <summary>
/// An upper bound of a query's score per document (MaxScore, Turtle &amp; Flood), from the query tree: each BM25 term or
/// phrase clause scores at most <c>idf · boost · (k1 + 1)</c> (tf saturation; the length norm only lowers it), each
/// constant-score clause exactly its boost, both times the boosts above them; booleans add, dis-max takes its formula.
/// Every leaf's bound is rounded up by <see cref="Margin"/> so it is provably above Lucene's float arithmetic.
/// Only for trees of booleans, dis-max, <see cref="SimilarityQuery"/>, constant-score, term and phrase queries scored by BM25
/// (whose query norm and coordination are 1); anything else returns null and the search takes Lucene's path.
/// </summary>
internal sealed class ScoreBounds
{
    /// <summary>Relative margin added to every bound (far above float rounding, far below the gaps that decide a page).</summary>
    public const double Margin = 1e-4;

    /// <summary>
    /// Most disjuncts a dis-max with a tie-breaker may have: its scorer sums the matching disjuncts' scores in a float in heap
    /// order, which an advanced scorer may hold otherwise than a stepping one; two addends give the same float in either
    /// order, three may not (round 13: related words' dis-max, e.g. 新媒体 → 微博, 公众号).
    /// </summary>
    public const int SummedInAnyOrder = 2;

    private ScoreBounds(BoundNode root, IReadOnlyList<ScoreLeaf> leaves)
    {
        Root = root;
        Leaves = leaves;
        Values = leaves.Select(l => l.Value).ToArray();
        // Scored leaves are tested most valuable first: a rare term (high idf) a document lacks lowers its bound the most.
        ScoredOrder = Enumerable.Range(0, leaves.Count).Where(i => leaves[i].Scored).OrderByDescending(i => leaves[i].Value).ToArray();
        ConstantLeaves = Enumerable.Range(0, leaves.Count).Where(i => !leaves[i].Scored).ToArray();
    }

    public BoundNode Root { get; }
    public IReadOnlyList<ScoreLeaf> Leaves { get; }
    public double[] Values { get; }
    public int[] ScoredOrder { get; }
    public int[] ConstantLeaves { get; }

    /// <summary>
    /// Each leaf's value within one block of a segment (<paramref name="maxima"/>: the leaves' block maxima, null for a leaf
    /// without them, whose value stays whole), written into <paramref name="values"/>: what a block's bound is computed from.
    /// </summary>
    public void BlockValues(float[]?[] maxima, int block, double[] values)
    {
        for (var i = 0; i < values.Length; i++) values[i] = maxima[i] is { } m ? Values[i] * m[block] : Values[i];
    }

    /// <summary>The bound of <paramref name="query"/> (rewritten on <paramref name="searcher"/>), or null where it does not apply.</summary>
    public static ScoreBounds? Of(Query query, IndexSearcher searcher)
    {
        if (searcher.Similarity is not BM25Similarity) return null;
        var leaves = new List<ScoreLeaf>();
        var searchers = new Dictionary<Similarity, IndexSearcher> { [searcher.Similarity] = searcher };
        try
        {
            var root = Build(query, 1.0, searcher.Similarity, leaves, searchers, searcher);
            return root is null ? null : new ScoreBounds(root, leaves);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether <paramref name="query"/> (rewritten) has the shape <see cref="Of"/> bounds, checked without building a weight:
    /// the first pass decides up front (a dis-max with a tie-breaker must take Lucene's path, see <see cref="Build"/>) and
    /// builds the bound only once a search has enough matches for it to pay.
    /// </summary>
    public static bool Supports(Query query, IndexSearcher searcher) =>
        searcher.Similarity is BM25Similarity && Supports(query, true);

    private static bool Supports(Query query, bool bm25) => query switch
    {
        BooleanQuery boolean when boolean.GetType() == typeof(BooleanQuery) =>
            boolean.Boost >= 0 && boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT).All(c => Supports(c.Query, bm25)),
        DisjunctionMaxQuery dismax => dismax.Boost >= 0 && dismax.TieBreakerMultiplier is >= 0 and <= 1
            && (dismax.TieBreakerMultiplier == 0 || dismax.Disjuncts.Count <= SummedInAnyOrder) && dismax.Disjuncts.All(d => Supports(d, bm25)),
        SimilarityQuery similar => similar.Boost == 1f && similar.Similarity is BM25Similarity && Supports(similar.Inner, true),
        ConstantScoreQuery or MatchAllDocsQuery => query.Boost >= 0,
        TermQuery or PhraseQuery => bm25 && query.Boost >= 0,
        _ => false,
    };

    private static BoundNode? Build(Query query, double boost, Similarity similarity, List<ScoreLeaf> leaves,
        Dictionary<Similarity, IndexSearcher> searchers, IndexSearcher top)
    {
        switch (query)
        {
            case BooleanQuery boolean when boolean.GetType() == typeof(BooleanQuery):
            {
                var children = boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT)
                    .Select(c => Build(c.Query, boost * boolean.Boost, similarity, leaves, searchers, top))
                    .OfType<BoundNode>().ToArray();
                return children.Length == 0 ? null : new SumBound(children);
            }
            case DisjunctionMaxQuery dismax:
            {
                if (dismax.TieBreakerMultiplier is < 0 or > 1) throw new NotSupportedException();
                // Lucene's DisjunctionMaxScorer adds the others' scores in a float in heap order, and a scorer advanced to a
                // match may hold its heap in another order than one that stepped there: with a tie-breaker and three or more
                // disjuncts the last bit of the score could differ (eval-relevance's "plain OR" run did). Without one the sum
                // is multiplied by 0; with two, the float sum a + b is the same in either order (IEEE addition commutes).
                if (dismax.TieBreakerMultiplier != 0 && dismax.Disjuncts.Count > SummedInAnyOrder) throw new NotSupportedException();
                var children = dismax.Disjuncts.Select(d => Build(d, boost * dismax.Boost, similarity, leaves, searchers, top))
                    .OfType<BoundNode>().ToArray();
                return children.Length == 0 ? null : new MaxBound(children, dismax.TieBreakerMultiplier);
            }
            case SimilarityQuery similar:
                // Its weight is the inner query's (its own boost is not applied by Lucene): accept only the neutral boost.
                if (similar.Boost != 1f || similar.Similarity is not BM25Similarity) throw new NotSupportedException();
                if (!searchers.ContainsKey(similar.Similarity))
                    searchers[similar.Similarity] = new IndexSearcher(top.IndexReader) { Similarity = similar.Similarity };
                return Build(similar.Inner, boost, similar.Similarity, leaves, searchers, top);
            case ConstantScoreQuery or MatchAllDocsQuery:
            {
                var value = boost * query.Boost;
                if (value < 0) throw new NotSupportedException();
                if (value == 0) return null;
                return Leaf(new ScoreLeaf(searchers[similarity].CreateNormalizedWeight(query), false, value * (1 + Margin)), leaves);
            }
            case TermQuery or PhraseQuery:
            {
                if (similarity is not BM25Similarity bm25 || query.Boost < 0) throw new NotSupportedException();
                var weight = searchers[similarity].CreateNormalizedWeight(query);
                // BM25's value for normalization is (idf · boost)²; its query norm is 1, so the weight is idf · boost · ancestors.
                var idfBoost = Math.Sqrt(weight.GetValueForNormalization());
                var unit = idfBoost * (bm25.K1 + 1);
                var value = unit * boost;
                if (double.IsNaN(value) || double.IsInfinity(value)) throw new NotSupportedException();
                if (value == 0) return null;
                return Leaf(new ScoreLeaf(weight, true, value * (1 + Margin), unit, MaximaKey(query, bm25, searchers[similarity])), leaves);
            }
            default:
                throw new NotSupportedException();
        }
    }

    /// <summary>
    /// What a clause's block maxima depend on besides the segment: the clause without its boost, BM25's parameters and the
    /// field's length statistics (avgdl); null where the clause has no field (an empty phrase).
    /// </summary>
    private static string? MaximaKey(Query query, BM25Similarity bm25, IndexSearcher searcher)
    {
        var field = query switch
        {
            TermQuery term => term.Term.Field,
            PhraseQuery phrase when phrase.GetTerms().Length > 0 => phrase.GetTerms()[0].Field,
            _ => null,
        };
        if (field is null) return null;
        var plain = (Query)query.Clone();
        plain.Boost = 1f;
        var stats = searcher.CollectionStatistics(field);
        return string.Create(CultureInfo.InvariantCulture,
            $"{bm25.K1:R}|{bm25.B:R}|{bm25.DiscountOverlaps}|{stats.SumTotalTermFreq}|{stats.MaxDoc}|{plain}");
    }

    private static LeafBound Leaf(ScoreLeaf leaf, List<ScoreLeaf> leaves)
    {
        leaves.Add(leaf);
        return new LeafBound(leaves.Count - 1);
    }
}
