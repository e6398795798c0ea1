namespace SearchMining.Index.Evaluation;

/// <summary>
/// Paired bootstrap over needs: resample the needs with replacement, recompute the mean difference of two runs' per-need
/// scores, and read its 95 % interval and the share of resamples where the first is not better. Deterministic (fixed seed).
/// (Mining's <c>PairedBootstrap</c> resamples classified statements and lives above Index, so it cannot be reused here.)
/// </summary>
public static class NeedBootstrap
{
    public const int DefaultResamples = 2000;

    /// <returns>The observed mean difference (first − second), the 2.5 % and 97.5 % quantiles and P(difference ≤ 0).</returns>
    public static (double Observed, double Low, double High, double NotBetter) Difference(IReadOnlyList<double> first, IReadOnlyList<double> second,
        int resamples = DefaultResamples, int seed = 42)
    {
        if (first.Count != second.Count) throw new ArgumentException("Both runs must score the same needs.", nameof(second));
        if (first.Count == 0) return (0, 0, 0, 1);
        var diff = first.Zip(second, (a, b) => a - b).ToArray();
        var random = new Random(seed);
        var means = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            var sum = 0.0;
            for (var k = 0; k < diff.Length; k++) sum += diff[random.Next(diff.Length)];
            means[r] = sum / diff.Length;
        }
        Array.Sort(means);
        return (diff.Average(), Quantile(means, 0.025), Quantile(means, 0.975), means.Count(m => m <= 0) / (double)resamples);
    }

    private static double Quantile(double[] sorted, double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}
