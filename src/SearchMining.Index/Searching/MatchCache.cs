using Lucene.Net.Search;
using SearchMining.Index.Querying;

namespace SearchMining.Index.Searching;

/// <summary>
/// The constant-score parts of a built query (whether a section holds a word as written, a related word, a field
/// clause: the match clause and the coverage tiers of <see cref="LuceneQueryBuilder"/>) as cached bitsets: each
/// <see cref="ConstantScoreQuery"/> over a plain query becomes a <see cref="ConstantScoreQuery"/> over a
/// <see cref="CachingWrapperFilter"/> of that query, with the same boost. A word's presence (a bigram phrase) is then
/// read from its positions once per segment and index version, not again for every clause that tests it (the match
/// clause, the word's coverage, its group's coverage) in every request.
/// </summary>
/// <remarks>
/// Scores are unchanged bit for bit: a constant-score clause scores its boost wherever it matches whether its matches come
/// from the query or from the cached bitset (the same documents, live documents applied at search time), and the query
/// tree around it keeps its shape (<c>MatchCacheTests</c> compares every hit's score with and without the cache). Only
/// constant-score clauses over the plain Lucene queries listed in <see cref="Cacheable"/> are cached, so a clause whose
/// matches are not described by its text (a proximity check's document set) is never confused with another. At most
/// <see cref="MaxEntries"/> distinct clauses are kept (then the set is cleared); cached bitsets of unchanged segments
/// survive index refreshes, like <see cref="FilterCache"/>'s.
/// </remarks>
internal static class MatchCache
{
    public const int MaxEntries = 256;

    private static readonly BitsetCache Filters = new(MaxEntries);

    /// <summary><paramref name="query"/> with its cacheable constant-score clauses read from cached bitsets.</summary>
    public static Query Apply(Query query) => query switch
    {
        ConstantScoreQuery { Query: { } inner } constant when Cacheable(inner) =>
            new ConstantScoreQuery(FilterOf(inner)) { Boost = constant.Boost },
        BooleanQuery boolean => Rebuild(boolean),
        DisjunctionMaxQuery dismax => Rebuild(dismax),
        SimilarityQuery similar => new SimilarityQuery(Apply(similar.Inner), similar.Similarity) { Boost = similar.Boost },
        _ => query,
    };

    private static BooleanQuery Rebuild(BooleanQuery query)
    {
        var rebuilt = new BooleanQuery(query.CoordDisabled) { Boost = query.Boost, MinimumNumberShouldMatch = query.MinimumNumberShouldMatch };
        foreach (var clause in query.Clauses) rebuilt.Add(Apply(clause.Query), clause.Occur);
        return rebuilt;
    }

    private static DisjunctionMaxQuery Rebuild(DisjunctionMaxQuery query)
    {
        var rebuilt = new DisjunctionMaxQuery(query.TieBreakerMultiplier) { Boost = query.Boost };
        foreach (var disjunct in query.Disjuncts) rebuilt.Add(Apply(disjunct));
        return rebuilt;
    }

    private static Filter FilterOf(Query inner) => Filters.Of(inner);

    /// <summary>
    /// The cached bitsets of <paramref name="query"/>'s matches where a search has cached them already (a word's presence is
    /// one of a search's coverage clauses), else null: nothing is computed or added here.
    /// </summary>
    public static Filter? Held(Query query) => Cacheable(query) ? Filters.Held(query) : null;

    /// <summary>
    /// Queries whose text (<see cref="Query.ToString()"/>) says exactly which documents they match: terms, phrases,
    /// prefixes, wildcards, numeric ranges, everything, and boolean / dis-max / constant-score combinations of them.
    /// </summary>
    internal static bool Cacheable(Query query) => query switch
    {
        TermQuery or PhraseQuery or PrefixQuery or WildcardQuery or MatchAllDocsQuery => true,
        NumericRangeQuery<int> => true,
        BooleanQuery boolean => boolean.Clauses.All(c => Cacheable(c.Query)),
        DisjunctionMaxQuery dismax => dismax.Disjuncts.All(Cacheable),
        ConstantScoreQuery { Query: { } inner } => Cacheable(inner),
        _ => false,
    };
}
