using System.Security.Cryptography;
using System.Text;

namespace SearchMining.Index.Evaluation;

/// <summary>
/// K-fold cross-validation of choosing a configuration by its mean over needs: needs fall into folds by a hash of their id
/// (fixed, independent of any score); for each fold the configuration with the best mean nDCG@10 on the other folds is
/// chosen (ties: the earliest candidate) and scored on the fold. The CV figure is the mean over every need of the score it
/// got from a configuration chosen without it — an estimate of how the choice does on needs it was not made on.
/// </summary>
public static class CrossValidation
{
    /// <summary>Fold of a need: the first four bytes of sha256(id as UTF-8), big-endian, modulo <paramref name="folds"/>.</summary>
    public static int Fold(string needId, int folds)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(needId));
        return (int)(((uint)hash[0] << 24 | (uint)hash[1] << 16 | (uint)hash[2] << 8 | hash[3]) % (uint)folds);
    }

    /// <param name="candidates">Configuration names in order of preference (the earliest wins a tie).</param>
    /// <param name="perNeed">Configuration → need id → its (nDCG@10, recall@10); every candidate must score the same needs.</param>
    public static CrossValidationResult Run(IReadOnlyList<string> candidates, IReadOnlyDictionary<string, IReadOnlyDictionary<string, NeedScore>> perNeed, int folds)
    {
        if (candidates.Count == 0) throw new ArgumentException("No candidate configuration.", nameof(candidates));
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), folds, "At least 2 folds.");
        var needs = perNeed[candidates[0]].Keys.Order(StringComparer.Ordinal).ToList();
        var foldOf = needs.ToDictionary(n => n, n => Fold(n, folds));
        var held = new Dictionary<string, NeedScore>();
        var chosen = new List<string>();
        for (var fold = 0; fold < folds; fold++)
        {
            var train = needs.Where(n => foldOf[n] != fold).ToList();
            var best = Best(candidates, perNeed, train);
            chosen.Add(best);
            foreach (var need in needs.Where(n => foldOf[n] == fold)) held[need] = perNeed[best][need];
        }
        return new CrossValidationResult(
            held.Values.Average(s => s.Ndcg), held.Values.Average(s => s.Recall), chosen, Best(candidates, perNeed, needs), needs.Count);
    }

    private static string Best(IReadOnlyList<string> candidates, IReadOnlyDictionary<string, IReadOnlyDictionary<string, NeedScore>> perNeed, IReadOnlyList<string> needs)
    {
        var best = candidates[0];
        var bestMean = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var mean = needs.Average(n => perNeed[candidate][n].Ndcg);
            if (mean > bestMean + 1e-12) (best, bestMean) = (candidate, mean);
        }
        return best;
    }
}
