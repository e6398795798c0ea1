using SearchMining.Mining.Dataset;

namespace SearchMining.Mining.Evaluation;

/// <summary>
/// How sure a macro-F1 difference between two classifiers is, given so few real reports: resample the held-out
/// reports (or agencies) with replacement (their statements stay together, as they were tested together), recompute both
/// macro-F1s on each resample, and read the spread of the difference. Deterministic (fixed seed).
/// </summary>
public static class PairedBootstrap
{
    public const int DefaultResamples = 2000;

    /// <param name="first">Predictions of one classifier.</param>
    /// <param name="second">Predictions of the other on the same statements in the same order.</param>
    /// <param name="unit">What is resampled: the report a statement comes from (default), or e.g. its agency.</param>
    public static BootstrapDifference MacroF1Difference(IReadOnlyList<EvaluatedStatement> first, IReadOnlyList<EvaluatedStatement> second,
        int resamples = DefaultResamples, int seed = 42, Func<LabelledStatement, string>? unit = null)
    {
        if (first.Count != second.Count) throw new ArgumentException("Both prediction lists must cover the same statements.", nameof(second));
        for (var i = 0; i < first.Count; i++)
            if (!ReferenceEquals(first[i].Gold, second[i].Gold) && first[i].Gold != second[i].Gold)
                throw new ArgumentException($"Statement {i} differs between the two prediction lists.", nameof(second));
        var observed = MetricsCalculator.Compute(first).MacroF1 - MetricsCalculator.Compute(second).MacroF1;
        var reports = Groups(first, unit ?? (s => s.Source));
        if (reports.Length == 0) return new BootstrapDifference(observed, observed, observed, 0, 0);
        var random = new Random(seed);
        var differences = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            var a = new List<EvaluatedStatement>(first.Count);
            var b = new List<EvaluatedStatement>(first.Count);
            foreach (var i in Draw(reports, random))
            {
                a.Add(first[i]);
                b.Add(second[i]);
            }
            differences[r] = MetricsCalculator.Compute(a).MacroF1 - MetricsCalculator.Compute(b).MacroF1;
        }
        Array.Sort(differences);
        return new BootstrapDifference(
            observed,
            Percentile(differences, 0.025),
            Percentile(differences, 0.975),
            (double)differences.Count(d => d <= 0) / resamples,
            reports.Length);
    }

    /// <summary>The statements' indexes grouped by the unit resampled (their order of first appearance).</summary>
    internal static int[][] Groups(IReadOnlyList<EvaluatedStatement> predictions, Func<LabelledStatement, string> unitOf) =>
        Enumerable.Range(0, predictions.Count).GroupBy(i => unitOf(predictions[i].Gold)).Select(g => g.ToArray()).ToArray();

    /// <summary>One resample: as many groups as there are, drawn with replacement; their statements' indexes in draw order.</summary>
    internal static IEnumerable<int> Draw(int[][] groups, Random random)
    {
        for (var k = 0; k < groups.Length; k++)
            foreach (var i in groups[random.Next(groups.Length)]) yield return i;
    }

    /// <summary>The <paramref name="q"/> quantile of sorted values (nearest rank).</summary>
    internal static double Percentile(IReadOnlyList<double> sorted, double q) => sorted[(int)Math.Clamp(Math.Round(q * (sorted.Count - 1)), 0, sorted.Count - 1)];
}
