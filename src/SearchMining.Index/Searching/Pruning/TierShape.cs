using Lucene.Net.Search;
using SearchMining.Index.Querying;

namespace SearchMining.Index.Searching.Pruning;

/// <summary>
/// The numbers <see cref="TierRule.ByShape"/> decides on, read from the rewritten query's tree without building a weight
/// (round 14: a one-word query such as 政策解读 built its bound — a weight per clause, term statistics in every segment —
/// and its tiers before the rule declined it). Counted as <see cref="ScoreBounds"/> and <see cref="ScoreTiers"/> count
/// them: a clause worth 0 (its boosts' product) is not a leaf, and a BM25 clause's idf is never 0, so the scored clauses
/// are the bound's (an empty phrase, worth 0, is counted here: never fewer). Where every constant group holds only clauses every match must hold, <see cref="ScoreTiers"/>
/// finds one tier whatever the clauses' values (no group separates the matches); so a query declined here would be declined
/// once its bound was built.
/// </summary>
internal static class TierShape
{
    /// <summary>Whether the rule declines <paramref name="rewritten"/> (whose matches are <paramref name="matching"/>) by its shape; its scored clauses either way.</summary>
    public static bool Declines(Query rewritten, Query matching, out int scoredClauses)
    {
        var constant = new Dictionary<Query, int>(ReferenceEqualityComparer.Instance);
        scoredClauses = 0;
        Walk(rewritten, 1.0, constant, ref scoredClauses);
        if (TierRule.ByShape(oneTier: false, scoredClauses) == TierChoice.Take) return false;
        var groups = new List<int[]>();
        ScoreTiers.Collect(rewritten, constant, groups);
        if (groups.Count == 0) return true;
        var required = ScoreTiers.RequiredFilters(matching);
        var byIndex = constant.ToDictionary(pair => pair.Value, pair => pair.Key);
        return groups.All(group => group.All(i => byIndex[i] is ConstantScoreQuery { Filter: { } filter } && required.Contains(filter)));
    }

    /// <summary>As <see cref="ScoreBounds"/> builds its leaves: booleans and dis-max pass their boosts down, excluded clauses are left out.</summary>
    private static void Walk(Query query, double boost, Dictionary<Query, int> constant, ref int scored)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                    if (clause.Occur != Occur.MUST_NOT) Walk(clause.Query, boost * boolean.Boost, constant, ref scored);
                break;
            case DisjunctionMaxQuery dismax:
                foreach (var disjunct in dismax.Disjuncts) Walk(disjunct, boost * dismax.Boost, constant, ref scored);
                break;
            case SimilarityQuery similar:
                Walk(similar.Inner, boost, constant, ref scored);
                break;
            case ConstantScoreQuery or MatchAllDocsQuery:
                if (boost * query.Boost != 0) constant.TryAdd(query, constant.Count);
                break;
            case TermQuery or PhraseQuery:
                if (boost * query.Boost != 0) scored++;
                break;
        }
    }
}
