using SearchMining.Mining.Features;

namespace SearchMining.Mining.Promises;

/// <summary>A statement's word vector and its clauses' vectors (<see cref="StatementClauses"/>), for clause-level matching.</summary>
internal sealed record StatementVectors(IReadOnlyDictionary<string, double> Whole, IReadOnlyList<IReadOnlyDictionary<string, double>> Clauses)
{
    public static StatementVectors Of(string text, WordWeights weights) =>
        new(weights.Vector(text), StatementClauses.Split(text).Select(weights.Vector).Where(v => v.Count >= MinClauseWords).ToList());

    /// <summary>Clauses with fewer distinct terms (bigrams) than this are not matched on their own.</summary>
    public const int MinClauseWords = 4;

    /// <summary>The cosine of the whole statements.</summary>
    public double WholeSimilarity(StatementVectors other) => WordWeights.Cosine(Whole, other.Whole);

    /// <summary>The cosine of the best pair of clauses (a promise and a statement often share one clause only).</summary>
    public double ClauseSimilarity(StatementVectors other)
    {
        var best = 0.0;
        var mine = Clauses.Count > 0 ? Clauses : [Whole];
        var theirs = other.Clauses.Count > 0 ? other.Clauses : [other.Whole];
        foreach (var a in mine)
            foreach (var b in theirs)
                best = Math.Max(best, WordWeights.Cosine(a, b));
        return best;
    }
}
