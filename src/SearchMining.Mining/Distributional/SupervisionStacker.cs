namespace SearchMining.Mining.Distributional;

/// <summary>
/// Round 9's supervision decision (scripts/themes-distributional.py <c>stack-s-d</c>): a logistic model over four inputs
/// — the pooled supervision probability's logit, the best other named theme's logit, the supervision distributional
/// feature (<see cref="BigramTable.Features"/>) and its margin over the other named themes' — with its own threshold,
/// fitted on out-of-fold dev scores. Applied after the shared threshold: it adds or removes supervision only.
/// </summary>
public sealed record SupervisionStacker(IReadOnlyList<double> Means, IReadOnlyList<double> Scales, IReadOnlyList<double> Weights, double Intercept, double Threshold)
{
    public const int InputCount = 4;
    private const double L2 = 1e-2;
    private const int NewtonSteps = 12;

    private static readonly int Supervision = ThemeIds.All.ToList().IndexOf(ThemeIds.Supervision);
    private static readonly int Named = ThemeIds.All.Count - 1; // every theme but `other` (the last)

    /// <summary>The four inputs from the theme probabilities (<see cref="ThemeIds.All"/> order) and the distributional features.</summary>
    public static double[] Inputs(IReadOnlyList<double> probabilities, IReadOnlyList<double> features)
    {
        var bestOther = double.NegativeInfinity;
        var bestOtherFeature = double.NegativeInfinity;
        for (var t = 0; t < Named; t++)
        {
            if (t == Supervision) continue;
            bestOther = Math.Max(bestOther, probabilities[t]);
            bestOtherFeature = Math.Max(bestOtherFeature, features[t]);
        }
        return [Logit(probabilities[Supervision]), Logit(bestOther), features[Supervision], features[Supervision] - bestOtherFeature];
    }

    public double Probability(IReadOnlyList<double> inputs)
    {
        var z = Intercept;
        for (var j = 0; j < InputCount; j++) z += Weights[j] * (inputs[j] - Means[j]) / Scales[j];
        return Sigmoid(z);
    }

    /// <summary>
    /// The themes after the stacker's decision on supervision; when that leaves none, the named theme with the highest
    /// probability (every statement has a theme).
    /// </summary>
    public IReadOnlyList<string> Apply(IReadOnlyList<string> themes, IReadOnlyList<double> probabilities, IReadOnlyList<double> features)
    {
        var on = Probability(Inputs(probabilities, features)) >= Threshold;
        var result = ThemeIds.All.Where(t => t == ThemeIds.Supervision ? on : themes.Contains(t)).ToList();
        if (result.Count > 0) return result;
        var best = 0;
        for (var t = 1; t < Named; t++)
            if (probabilities[t] > probabilities[best]) best = t;
        return [ThemeIds.All[best]];
    }

    /// <summary>
    /// Fits the logistic model (L2 0.01 on the mean loss, intercept free; Newton steps on standardised inputs) and the
    /// threshold with the best supervision F1 on the same statements (grid 0.05 … 0.95; ties: the lowest).
    /// </summary>
    public static SupervisionStacker Fit(IReadOnlyList<double[]> inputs, IReadOnlyList<bool> gold)
    {
        var n = inputs.Count;
        var m = InputCount;
        var means = Enumerable.Range(0, m).Select(j => inputs.Average(x => x[j])).ToArray();
        var scales = Enumerable.Range(0, m).Select(j =>
        {
            var sd = Math.Sqrt(inputs.Average(x => (x[j] - means[j]) * (x[j] - means[j])));
            return sd == 0 ? 1 : sd;
        }).ToArray();
        var z = inputs.Select(x => new[] { 1.0 }.Concat(Enumerable.Range(0, m).Select(j => (x[j] - means[j]) / scales[j])).ToArray()).ToList();
        var w = new double[m + 1];
        for (var step = 0; step < NewtonSteps; step++)
        {
            var g = new double[m + 1];
            var h = new double[m + 1, m + 1];
            for (var i = 0; i < n; i++)
            {
                var p = Sigmoid(Dot(w, z[i]));
                var e = p - (gold[i] ? 1 : 0);
                var v = p * (1 - p);
                for (var a = 0; a <= m; a++)
                {
                    g[a] += e * z[i][a];
                    for (var c = 0; c <= m; c++) h[a, c] += v * z[i][a] * z[i][c];
                }
            }
            for (var a = 1; a <= m; a++)
            {
                g[a] += L2 * n * w[a];
                h[a, a] += L2 * n;
            }
            var delta = Solve(h, g);
            for (var a = 0; a <= m; a++) w[a] -= delta[a];
        }
        var fitted = new SupervisionStacker(means, scales, w[1..], w[0], 0.5);
        var probabilities = inputs.Select(fitted.Probability).ToList();
        var best = (F1: -1.0, Threshold: 0.5);
        for (var k = 1; k < 20; k++)
        {
            var tau = 0.05 * k;
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < n; i++)
            {
                var on = probabilities[i] >= tau;
                if (on && gold[i]) tp++;
                else if (on) fp++;
                else if (gold[i]) fn++;
            }
            var f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f1 > best.F1 + 1e-9) best = (f1, Math.Round(tau, 2));
        }
        return fitted with { Threshold = best.Threshold };
    }

    private static double Logit(double p)
    {
        p = Math.Clamp(p, 1e-4, 1 - 1e-4);
        return Math.Log(p / (1 - p));
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    /// <summary>Gaussian elimination with partial pivoting (a 5 × 5 system).</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = new double[n, n + 1];
        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c < n; c++) m[r, c] = a[r, c];
            m[r, n] = b[r];
        }
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++)
                if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c])) pivot = r;
            for (var k = 0; k <= n; k++) (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
            if (m[c, c] == 0) continue;
            for (var r = 0; r < n; r++)
            {
                if (r == c) continue;
                var f = m[r, c] / m[c, c];
                for (var k = 0; k <= n; k++) m[r, k] -= f * m[c, k];
            }
        }
        var x = new double[n];
        for (var i = 0; i < n; i++) x[i] = m[i, i] == 0 ? 0 : m[i, n] / m[i, i];
        return x;
    }
}
