using System.Globalization;
using SearchMining.Mining.Baseline;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Features;
using SearchMining.Mining.Training;

namespace SearchMining.Mining.Evaluation;

/// <summary>One configuration compared on dev cross-validation: what it trains on, with which trainer and features.</summary>
public sealed record DevConfiguration(TrainingSources Sources, ThemeTrainer Trainer, FeatureOptions Features, int Ensemble = 1,
    SampleWeighting Weighting = SampleWeighting.None, float SvmLambda = ThemePipeline.DefaultSvmLambda,
    float LogisticL2 = ThemePipeline.DefaultLogisticL2, ThemeTrainer? KindTrainer = null, int RarePositiveCopies = 1)
{
    public override string ToString() =>
        $"{Sources} · {Trainer}{(Ensemble > 1 ? $" ×{Ensemble}" : "")}{(Trainer == ThemeTrainer.LinearSvm ? $" λ {SvmLambda.ToString("0.####", CultureInfo.InvariantCulture)}" : "")}{(Trainer == ThemeTrainer.LbfgsLogistic ? $" L2 {LogisticL2.ToString("0.####", CultureInfo.InvariantCulture)}" : "")}{(KindTrainer is { } k ? $" kind {k}" : "")} · {Features} · weights {Weighting}{(RarePositiveCopies > 1 ? $" · rare positives ×{RarePositiveCopies}" : "")}";
}

/// <summary>A configuration's dev-CV result under one scoring choice (clause pooling, threshold mode).</summary>
public sealed record DevResult(DevConfiguration Configuration, PoolingMode Pooling, ThresholdMode Thresholds, bool KeywordVote, int FoldSeed,
    ClassificationMetrics Metrics, IReadOnlyList<EvaluatedStatement> Predictions, OutOfFoldScores Scores);

/// <summary>
/// Compares configurations on agency-grouped dev cross-validation (the test split is never read): each configuration is
/// fitted once per fold, and every scoring choice (clause pooling none / all / per theme × shared / per-theme thresholds) is read from
/// the same out-of-fold scores.
/// </summary>
/// <param name="outside">The honest proxy (round 4): folds over the agencies outside Pingtan only, Pingtan always in training.</param>
public sealed class DevExperiment(StatementRowFactory rows, ThemeDataset data, int folds, int seed, bool outside = false)
{
    public IReadOnlyList<IReadOnlySet<string>> FoldsFor(int foldSeed) => outside
        ? AgencyFolds.AssignOutside(data.FoldAgencies, folds, foldSeed)
        : AgencyFolds.Assign(data.FoldAgencies, folds, foldSeed);

    public IReadOnlyList<DevResult> Run(DevConfiguration configuration, int foldSeed, CancellationToken ct = default)
    {
        var options = new TrainingOptions(configuration.Trainer, Sources: configuration.Sources, FeatureSettings: configuration.Features,
            PerceptronEnsemble: configuration.Ensemble, Seed: seed, Weighting: configuration.Weighting, SvmLambda: configuration.SvmLambda,
            LogisticL2: configuration.LogisticL2, KindTrainer: configuration.KindTrainer, RarePositiveCopies: configuration.RarePositiveCopies);
        var scores = new DevCrossValidation(rows, options).Score(data, FoldsFor(foldSeed), ct: ct);
        var results = new List<DevResult>();
        foreach (var pooling in Enum.GetValues<PoolingMode>())
            foreach (var mode in new[] { ThresholdMode.Shared, ThresholdMode.PerTheme })
            foreach (var vote in new[] { false, true })
            {
                var predictions = scores.Evaluate(pooling, mode, vote);
                results.Add(new DevResult(configuration, pooling, mode, vote, foldSeed, MetricsCalculator.Compute(predictions), predictions, scores));
            }
        return results;
    }

    public IReadOnlyList<EvaluatedStatement> Baseline(RuleBaseline baseline, TrainingSources sources, int foldSeed) =>
        DevCrossValidation.Baseline(baseline, data, FoldsFor(foldSeed), sources);
}
