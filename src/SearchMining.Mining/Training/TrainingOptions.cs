using System.Globalization;
using SearchMining.Mining.Dataset;

namespace SearchMining.Mining.Training;

/// <summary>
/// How the theme model is built and evaluated — every choice here was made on agency-grouped cross-validation of the
/// dev split (docs/CLASSIFIER.md, `searchmining tune`), never on the test split.
/// </summary>
/// <param name="Trainer">Learner of the per-theme binary classifiers and the multiclass kind classifier.</param>
/// <param name="Pooling">Which theme scores are pooled over the statement's clauses (<see cref="Themes.StatementScorer"/>).</param>
/// <param name="Thresholds">One shared theme threshold or one per theme, chosen on the out-of-fold dev scores.</param>
/// <param name="Sources">What the model trains on besides the corpus dev statements.</param>
/// <param name="Weighting">How real training statements are weighted (agency balance, near-duplicates).</param>
/// <param name="SvmLambda">L2 regularisation of the linear SVM (larger: smoother, less tied to one agency's wording).</param>
/// <param name="KeywordVote">Let the THEMES.md keyword rule add the themes where that raised F1 on the out-of-fold dev scores (<see cref="Themes.KeywordVote"/>).</param>
/// <param name="PerceptronEnsemble">Averaged perceptrons per theme whose probabilities are averaged.</param>
/// <param name="LogisticL2">L2 regularisation of the L-BFGS logistic regression (LbfgsLogistic).</param>
/// <param name="KindTrainer">Learner of the kind classifier when it differs from the themes' (null: the same).</param>
/// <param name="RarePositiveCopies">Round 7: copies of each positive statement of the <see cref="RareThemeCount"/> themes with the fewest real
/// training positives when their classifier is fitted (a class weight; 1: none).</param>
/// <param name="Folds">Agency-grouped cross-validation folds on dev.</param>
/// <param name="FoldSeed">Seed of the fold partition the thresholds and the dev figures come from.</param>
public sealed record TrainingOptions(
    ThemeTrainer Trainer = ThemeTrainer.LinearSvm,
    PoolingMode Pooling = PoolingMode.All,
    ThresholdMode Thresholds = ThresholdMode.Shared,
    TrainingSources Sources = TrainingSources.All,
    FeatureOptions? FeatureSettings = null,
    SampleWeighting Weighting = SampleWeighting.None,
    float SvmLambda = ThemePipeline.DefaultSvmLambda,
    bool KeywordVote = false,
    int PerceptronEnsemble = 1,
    int Seed = 42,
    int Folds = 5,
    int FoldSeed = 1,
    float LogisticL2 = ThemePipeline.DefaultLogisticL2,
    ThemeTrainer? KindTrainer = null,
    int RarePositiveCopies = 1)
{
    /// <summary>How many themes (those with the fewest real training positives) <see cref="RarePositiveCopies"/> weighs up.</summary>
    public const int RareThemeCount = 3;

    public FeatureOptions Features => FeatureSettings ?? FeatureOptions.Default;

    public static TrainingOptions Default { get; } = new();

    /// <summary>The recipe in words (card, manifest).</summary>
    public string Recipe =>
        $"{Trainer}{(Trainer == ThemeTrainer.LinearSvm && Math.Abs(SvmLambda - ThemePipeline.DefaultSvmLambda) > 1e-9 ? $" (λ {SvmLambda.ToString("0.####", CultureInfo.InvariantCulture)})" : "")}" +
        $"{(Trainer == ThemeTrainer.LbfgsLogistic && Math.Abs(LogisticL2 - ThemePipeline.DefaultLogisticL2) > 1e-9 ? $" (L2 {LogisticL2.ToString("0.####", CultureInfo.InvariantCulture)})" : "")}" +
        $"{(KindTrainer is { } k && k != Trainer ? $" (kind: {k})" : "")}" +
        $"{(Weighting == SampleWeighting.None ? "" : $", {Weighting} weighting")}{(RarePositiveCopies > 1 ? $", rare-theme positives ×{RarePositiveCopies}" : "")}{(PerceptronEnsemble > 1 && Trainer == ThemeTrainer.AveragedPerceptron ? $" ×{PerceptronEnsemble}" : "")}" +
        $"{Pooling switch { PoolingMode.All => " + clause pooling", PoolingMode.PerTheme => " + clause pooling per theme", _ => "" }}, {Thresholds.ToString().ToLowerInvariant()} threshold{(Thresholds == ThresholdMode.Shared ? "" : "s")}{(KeywordVote ? ", THEMES.md keyword vote" : "")}";
}
