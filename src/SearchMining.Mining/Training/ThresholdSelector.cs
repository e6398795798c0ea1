using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Training;

/// <summary>Chooses each theme's probability threshold to maximise its F1 on validation scores (ties: nearest 0.5).</summary>
public static class ThresholdSelector
{
    public const double Default = 0.5;

    public static IReadOnlyDictionary<string, double> Select(IReadOnlyList<ScoredStatement> validation)
    {
        var thresholds = new Dictionary<string, double>();
        for (var i = 0; i < ThemeIds.All.Count; i++)
        {
            var theme = ThemeIds.All[i];
            var points = validation.Select(v => (Gold: v.Gold.Themes.Contains(theme), P: (double)v.Scores.ThemeProbabilities[i])).ToList();
            thresholds[theme] = points.Any(p => p.Gold) ? Best(points) : Default;
        }
        return thresholds;
    }

    private static double Best(IReadOnlyList<(bool Gold, double P)> points)
    {
        var best = Default;
        var bestF1 = -1.0;
        for (var step = 1; step <= 19; step++)
        {
            var t = step * 0.05;
            int tp = 0, fp = 0, fn = 0;
            foreach (var (gold, p) in points)
            {
                if (p >= t && gold) tp++;
                else if (p >= t) fp++;
                else if (gold) fn++;
            }
            var f1 = tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
            if (f1 > bestF1 + 1e-9 || (Math.Abs(f1 - bestF1) <= 1e-9 && Math.Abs(t - Default) < Math.Abs(best - Default)))
            {
                best = Math.Round(t, 2);
                bestF1 = f1;
            }
        }
        return best;
    }
}
