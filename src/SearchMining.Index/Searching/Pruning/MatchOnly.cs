using Lucene.Net.Search;
using SearchMining.Index.Querying;

namespace SearchMining.Index.Searching.Pruning;

/// <summary>
/// The part of a query that decides whether a document matches, when that part is made only of constant-score clauses
/// (the cached presence bitsets of <see cref="MatchCache"/>, filters): a boolean's optional clauses are dropped where it has
/// required ones (Lucene's rule: they then only add to the score), dis-max becomes "any of", excluded clauses are kept.
/// Null when matching needs a scored clause (a phrase, a required word's scoring, a word no section holds): there matching
/// itself is the cost, and the first pass does not apply.
/// </summary>
internal static class MatchOnly
{
    public static Query? Of(Query query) => query switch
    {
        BooleanQuery boolean when boolean.GetType() == typeof(BooleanQuery) => OfBoolean(boolean),
        DisjunctionMaxQuery dismax => Any(dismax.Disjuncts),
        SimilarityQuery similar => Of(similar.Inner),
        ConstantScoreQuery or MatchAllDocsQuery => query,
        _ => null,
    };

    private static Query? OfBoolean(BooleanQuery boolean)
    {
        var required = boolean.Clauses.Any(c => c.Occur == Occur.MUST);
        if (!required && boolean.MinimumNumberShouldMatch > 0) return null;
        var rebuilt = new BooleanQuery(disableCoord: true);
        foreach (var clause in boolean.Clauses)
        {
            if (clause.Occur == Occur.MUST_NOT)
            {
                rebuilt.Add(clause.Query, Occur.MUST_NOT);
                continue;
            }
            if (required && clause.Occur == Occur.SHOULD) continue;
            if (Of(clause.Query) is not { } inner) return null;
            rebuilt.Add(inner, clause.Occur);
        }
        return rebuilt;
    }

    private static Query? Any(IEnumerable<Query> disjuncts)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var disjunct in disjuncts)
        {
            if (Of(disjunct) is not { } inner) return null;
            any.Add(inner, Occur.SHOULD);
        }
        return any;
    }
}
