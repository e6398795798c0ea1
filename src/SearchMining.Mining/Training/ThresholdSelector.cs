using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Training;

/// <summary>
/// Chooses theme probability thresholds on validation scores (grid 0.05 … 0.95; ties: nearest 0.5): one shared
/// threshold maximising macro-F1, or one per theme maximising its F1 (<see cref="ThresholdMode"/>).
/// </summary>
public static class ThresholdSelector
{
    public const double Default = 0.5;

    /// <summary><see cref="Default"/> for every theme (a model fitted only to be scored, before thresholds are chosen).</summary>
    public static IReadOnlyDictionary<string, double> Defaults() => ThemeIds.All.ToDictionary(t => t, _ => Default);

    public static IReadOnlyDictionary<string, double> Select(IReadOnlyList<ScoredStatement> validation, ThresholdMode mode = ThresholdMode.PerTheme)
    {
        var points = Enumerable.Range(0, ThemeIds.All.Count)
            .Select(i => validation.Select(v => (Gold: v.Gold.Themes.Contains(ThemeIds.All[i]), P: (double)v.Scores.ThemeProbabilities[i])).ToList())
            .ToList();
        if (mode == ThresholdMode.Shared)
        {
            var supported = points.Where(p => p.Any(x => x.Gold)).ToList();
            var shared = supported.Count == 0 ? Default : Best(t => supported.Average(p => F1(p, t)));
            return ThemeIds.All.ToDictionary(t => t, _ => shared);
        }
        var thresholds = new Dictionary<string, double>();
        for (var i = 0; i < ThemeIds.All.Count; i++)
            thresholds[ThemeIds.All[i]] = points[i].Any(p => p.Gold) ? Best(t => F1(points[i], t)) : Default;
        return thresholds;
    }

    /// <summary>The best F1 of one theme over the threshold grid.</summary>
    public static double BestF1(IReadOnlyList<(bool Gold, double P)> points)
    {
        var t = Best(p => F1(points, p));
        return F1(points, t);
    }

    private static double Best(Func<double, double> score)
    {
        var best = Default;
        var bestScore = -1.0;
        for (var step = 1; step <= 19; step++)
        {
            var t = Math.Round(step * 0.05, 2);
            var s = score(t);
            if (s > bestScore + 1e-9 || (Math.Abs(s - bestScore) <= 1e-9 && Math.Abs(t - Default) < Math.Abs(best - Default)))
            {
                best = t;
                bestScore = s;
            }
        }
        return best;
    }

    private static double F1(IReadOnlyList<(bool Gold, double P)> points, double threshold)
    {
        return ThemeScore.Count(points.Select(p => (p.Gold, p.P >= threshold))).F1;
    }
}
