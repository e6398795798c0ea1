using SearchMining.Core.Classification;
using SearchMining.Core.Domain;
using SearchMining.Mining.Features;

namespace SearchMining.Mining.Themes;

/// <summary>
/// Turns model scores into a classification: the kind with the highest score, every theme whose probability reaches
/// its threshold — and, since every statement has at least one theme (THEMES.md), the theme closest to its threshold
/// when none reaches it.
/// </summary>
public static class ThemeDecision
{
    public static StatementClassification Decide(StatementScores scores, IReadOnlyDictionary<string, double> thresholds)
    {
        var (kind, confidence) = Kind(scores.KindScores);
        var themeScores = new Dictionary<string, double>();
        for (var i = 0; i < ThemeIds.All.Count && i < scores.ThemeProbabilities.Length; i++)
            themeScores[ThemeIds.All[i]] = Clamp(scores.ThemeProbabilities[i]);
        return new StatementClassification(kind, Themes(themeScores, thresholds), themeScores, confidence);
    }

    public static IReadOnlyList<string> Themes(IReadOnlyDictionary<string, double> themeScores, IReadOnlyDictionary<string, double> thresholds)
    {
        double Threshold(string theme) => thresholds.TryGetValue(theme, out var t) ? t : 0.5;
        var chosen = ThemeIds.All.Where(t => themeScores.TryGetValue(t, out var p) && p >= Threshold(t)).ToList();
        if (chosen.Count > 0 || themeScores.Count == 0) return chosen;
        var best = ThemeIds.All.Where(themeScores.ContainsKey).MaxBy(t => themeScores[t] / Math.Max(Threshold(t), 1e-6))!;
        return [best];
    }

    private static (StatementKind Kind, double Confidence) Kind(float[] scores)
    {
        if (scores.Length == 0) return (StatementKind.Problem, 0);
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
            if (scores[i] > scores[best]) best = i;
        var kind = StatementKindNames.Parse(StatementKindNames.All[Math.Min(best, StatementKindNames.All.Count - 1)]) ?? StatementKind.Problem;
        var positive = scores.Select(s => Math.Max(0, (double)s)).ToArray();
        var sum = positive.Sum();
        return (kind, sum <= 0 || double.IsNaN(sum) ? 0 : positive[best] / sum);
    }

    private static double Clamp(float p) => float.IsNaN(p) ? 0 : Math.Clamp(p, 0, 1);
}
