using Microsoft.ML;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Features;
using SearchMining.Mining.Model;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Training;

/// <summary>
/// Builds a theme model from labelled statements: each candidate recipe (trainer × clause pooling) is scored on
/// grouped validation folds of the real statements (thresholds tuned on those folds), the best one is refitted on
/// everything given. Deterministic: fixed seed, data in file order, one MLContext(seed) per fit, single-threaded trainers.
/// </summary>
public sealed class ThemeModelBuilder(StatementRowFactory rows, TrainingOptions options)
{
    public BuiltModel Build(IReadOnlyList<LabelledStatement> training)
    {
        var folds = ValidationFolds.Split(training, options.ValidationFolds);
        var candidates = new List<CandidateResult>();
        foreach (var trainer in options.Candidates)
        {
            var scored = options.PoolingChoices.ToDictionary(p => p, _ => new List<ScoredStatement>());
            foreach (var (train, validate) in folds)
            {
                using var model = Fit(train, new ModelRecipe(trainer, false), Defaults());
                var scorer = new StatementScorer(model, rows);
                foreach (var pooling in options.PoolingChoices)
                {
                    var scores = scorer.ScoreAll(validate.Select(s => s.Text).ToList(), pooling);
                    scored[pooling].AddRange(validate.Zip(scores, (g, s) => new ScoredStatement(g, s)));
                }
            }
            foreach (var pooling in options.PoolingChoices)
            {
                var recipe = new ModelRecipe(trainer, pooling);
                if (folds.Count == 0)
                {
                    candidates.Add(new CandidateResult(recipe, MetricsCalculator.Compute([]), Defaults()));
                    continue;
                }
                var thresholds = ThresholdSelector.Select(scored[pooling], options.Thresholds);
                var evaluated = scored[pooling].Select(s => Decide(s, thresholds)).ToList();
                candidates.Add(new CandidateResult(recipe, MetricsCalculator.Compute(evaluated), thresholds));
            }
        }
        var best = candidates.OrderByDescending(c => c.Score).First();
        var validation = folds.Count == 0 ? null : best.Validation;
        return new BuiltModel(Fit(training, best.Recipe, best.Thresholds, validation), candidates);
    }

    /// <summary>Fits the pipeline with one recipe and given thresholds.</summary>
    public ThemeModel Fit(IReadOnlyList<LabelledStatement> training, ModelRecipe recipe,
        IReadOnlyDictionary<string, double> thresholds, ClassificationMetrics? validation = null)
    {
        var ml = new MLContext(options.Seed);
        var data = ml.Data.LoadFromEnumerable(training.Select(rows.ForTraining).ToList());
        var pipeline = new ThemePipeline(ml, recipe.Trainer, options.Seed, options.PerceptronEnsemble);
        var transformer = pipeline.Fit(data);
        var manifest = new ThemeModelManifest
        {
            Trainer = recipe.Trainer,
            ClausePooling = recipe.ClausePooling,
            EnsembleSize = pipeline.EnsembleSize,
            Seed = options.Seed,
            Themes = ThemeIds.All,
            Kinds = StatementKindNames.All,
            Thresholds = thresholds,
            TrainingStatements = training.Count,
            CueWords = StatementRowFactory.CueWords.Fingerprint(),
            ValidationMetrics = validation,
        };
        return new ThemeModel(ml, transformer, manifest);
    }

    private static EvaluatedStatement Decide(ScoredStatement s, IReadOnlyDictionary<string, double> thresholds)
    {
        var c = ThemeDecision.Decide(s.Scores, thresholds);
        return new EvaluatedStatement(s.Gold, c.Kind, c.Themes);
    }

    private static IReadOnlyDictionary<string, double> Defaults() => ThemeIds.All.ToDictionary(t => t, _ => ThresholdSelector.Default);
}
