using SearchMining.Mining.Dataset;

namespace SearchMining.Mining.Evaluation;

/// <summary>
/// How far one classifier's figures could move on other agencies: resample the agencies with replacement (an agency's
/// statements together), recompute macro-F1 and every theme's F1, and read the 2.5 and 97.5 percentiles. Deterministic
/// (fixed seed). A theme absent from a resample counts as F1 0 there only if the resample still has predictions of it.
/// </summary>
public static class ThemeIntervals
{
    public static IntervalSet Of(IReadOnlyList<EvaluatedStatement> predictions, int resamples = PairedBootstrap.DefaultResamples, int seed = 42,
        Func<LabelledStatement, string>? unit = null)
    {
        var groups = PairedBootstrap.Groups(predictions, unit ?? ThemeDataset.AgencyOf);
        var macro = new List<double>(resamples);
        var perTheme = ThemeIds.All.ToDictionary(t => t, _ => new List<double>(resamples));
        if (groups.Length > 0)
        {
            var random = new Random(seed);
            for (var r = 0; r < resamples; r++)
            {
                var m = MetricsCalculator.Compute([.. PairedBootstrap.Draw(groups, random).Select(i => predictions[i])]);
                macro.Add(m.MacroF1);
                foreach (var t in ThemeIds.All)
                    if (m.PerTheme[t].Support > 0) perTheme[t].Add(m.PerTheme[t].F1);
            }
        }
        return new IntervalSet(Interval(macro), perTheme.ToDictionary(p => p.Key, p => Interval(p.Value)), groups.Length);
    }

    private static (double Low, double High) Interval(List<double> values)
    {
        if (values.Count == 0) return (double.NaN, double.NaN);
        values.Sort();
        return (PairedBootstrap.Percentile(values, 0.025), PairedBootstrap.Percentile(values, 0.975));
    }
}
