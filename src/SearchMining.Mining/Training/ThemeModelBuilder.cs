using Microsoft.ML;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Features;
using SearchMining.Mining.Model;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Training;

/// <summary>
/// Builds a theme model from labelled statements: each candidate trainer is scored on grouped validation folds of
/// the real statements (thresholds tuned on those folds), the best one is refitted on everything given.
/// Deterministic: fixed seed, data in file order, one MLContext(seed) per fit, single-threaded trainers.
/// </summary>
public sealed class ThemeModelBuilder(StatementRowFactory rows, TrainingOptions options)
{
    public BuiltModel Build(IReadOnlyList<LabelledStatement> training)
    {
        var folds = ValidationFolds.Split(training, options.ValidationFolds);
        var candidates = new List<CandidateResult>();
        foreach (var trainer in options.Candidates)
        {
            if (folds.Count == 0)
            {
                candidates.Add(new CandidateResult(trainer, MetricsCalculator.Compute([]), Defaults()));
                continue;
            }
            var scored = folds.SelectMany(f => Score(f.Train, f.Validate, trainer)).ToList();
            var thresholds = ThresholdSelector.Select(scored);
            var evaluated = scored.Select(s => Decide(s, thresholds)).ToList();
            candidates.Add(new CandidateResult(trainer, MetricsCalculator.Compute(evaluated), thresholds));
        }
        var best = candidates.OrderByDescending(c => c.Score).First();
        var validation = folds.Count == 0 ? null : best.Validation;
        return new BuiltModel(Fit(training, best.Trainer, best.Thresholds, validation), candidates);
    }

    /// <summary>Fits the pipeline with one trainer and given thresholds.</summary>
    public ThemeModel Fit(IReadOnlyList<LabelledStatement> training, ThemeTrainer trainer,
        IReadOnlyDictionary<string, double> thresholds, ClassificationMetrics? validation = null)
    {
        var ml = new MLContext(options.Seed);
        var data = ml.Data.LoadFromEnumerable(training.Select(rows.ForTraining).ToList());
        var transformer = new ThemePipeline(ml, trainer, options.Seed).Fit(data);
        var manifest = new ThemeModelManifest
        {
            Trainer = trainer,
            Seed = options.Seed,
            Themes = ThemeIds.All,
            Kinds = StatementKindNames.All,
            Thresholds = thresholds,
            TrainingStatements = training.Count,
            ValidationMetrics = validation,
        };
        return new ThemeModel(ml, transformer, manifest);
    }

    private IEnumerable<ScoredStatement> Score(IReadOnlyList<LabelledStatement> train, IReadOnlyList<LabelledStatement> statements, ThemeTrainer trainer)
    {
        using var model = Fit(train, trainer, Defaults());
        var scores = model.ScoreAll(statements.Select(s => rows.ForPrediction(s.Text)).ToList());
        return statements.Zip(scores, (g, s) => new ScoredStatement(g, s)).ToList();
    }

    private static EvaluatedStatement Decide(ScoredStatement s, IReadOnlyDictionary<string, double> thresholds)
    {
        var c = ThemeDecision.Decide(s.Scores, thresholds);
        return new EvaluatedStatement(s.Gold, c.Kind, c.Themes);
    }

    private static IReadOnlyDictionary<string, double> Defaults() => ThemeIds.All.ToDictionary(t => t, _ => ThresholdSelector.Default);
}
