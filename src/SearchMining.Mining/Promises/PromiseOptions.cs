namespace SearchMining.Mining.Promises;

/// <summary>
/// Linker settings, defined once. The score of a promise and a next-year statement is a logistic model over
/// <see cref="PairFeatures"/>: 1 / (1 + e^−(<see cref="Bias"/> + Σ <see cref="Weights"/>ᵢ × featureᵢ)); a statement links
/// when its score reaches <see cref="LinkThreshold"/>. Candidates below <see cref="ShowThreshold"/> are not shown.
/// The feature set and threshold were chosen by leave-one-series-out cross-validation on the judged dev pairs
/// (data/years/dev-pairs-judged.tsv and dev-pairs-judged-2.tsv; scripts/promise-cv.py; docs/MINING.md §4), and the
/// weights fitted on all of them.
/// </summary>
/// <remarks>
/// Chosen setting: whole and clause cosine, themes, aspects (Jaccard and "any shared"), L2 0.1, threshold 0.6 — the best
/// held-out recall with held-out precision ≥ 0.8. The lead-in and no-aspect features were tried and not chosen (weight 0).
/// </remarks>
public sealed record PromiseOptions(double Bias, IReadOnlyList<double> Weights, double LinkThreshold = 0.6, double ShowThreshold = 0.1)
{
    public static PromiseOptions Default { get; } = new(-3.55, [4.07, 5.2, 2.42, 2.04, 1.73, 0.0, 0.0]);

    public double Score(PairFeatures features)
    {
        var x = features.Vector;
        if (x.Count != Weights.Count) throw new InvalidOperationException($"{Weights.Count} weights for {x.Count} features.");
        var z = Bias;
        for (var i = 0; i < x.Count; i++) z += Weights[i] * x[i];
        return 1.0 / (1.0 + Math.Exp(-z));
    }
}
