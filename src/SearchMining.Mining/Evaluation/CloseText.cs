using SearchMining.Mining.Dataset;
using SearchMining.Mining.Features;
using SearchMining.Mining.Text;

namespace SearchMining.Mining.Evaluation;

/// <summary>
/// Statements whose text is close to another agency's (round 4): Pingtan units share templates, so a held-out agency's
/// statement often has a near-copy in another agency's report, and dev cross-validation scores it almost for free. The
/// dev figures are also read on the statements with no close text in any other agency (character-bigram Dice under
/// <see cref="Dice"/> on the normalised text), the part of dev most like an agency whose wording the model has not seen.
/// </summary>
public static class CloseText
{
    /// <summary>Character-bigram Dice at or above which two statements count as close (shared template, light edits).</summary>
    public const double Dice = 0.6;

    /// <summary>The predictions whose statement has no close text among <paramref name="pool"/>'s statements of other agencies.</summary>
    public static IReadOnlyList<EvaluatedStatement> WithoutCloseText(IReadOnlyList<EvaluatedStatement> predictions, IReadOnlyList<LabelledStatement> pool)
    {
        var novel = Novel(predictions.Select(p => p.Gold), pool);
        return predictions.Where(p => novel.Contains(p.Gold)).ToList();
    }

    /// <summary>The statements of <paramref name="candidates"/> with no close text among <paramref name="pool"/>'s statements of other agencies (by reference).</summary>
    public static IReadOnlySet<LabelledStatement> Novel(IEnumerable<LabelledStatement> candidates, IReadOnlyList<LabelledStatement> pool)
    {
        var others = pool.Select(s => (Agency: ThemeDataset.AgencyOf(s), Bigrams: BigramSimilarity.Bigrams(StatementText.Normalize(s.Text)))).ToList();
        var result = new HashSet<LabelledStatement>(ReferenceEqualityComparer.Instance);
        foreach (var candidate in candidates)
        {
            var agency = ThemeDataset.AgencyOf(candidate);
            var bigrams = BigramSimilarity.Bigrams(StatementText.Normalize(candidate.Text));
            if (!others.Any(o => !string.Equals(o.Agency, agency, StringComparison.Ordinal) && BigramSimilarity.Dice(o.Bigrams, bigrams) >= Dice))
                result.Add(candidate);
        }
        return result;
    }
}
