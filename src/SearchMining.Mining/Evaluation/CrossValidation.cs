using SearchMining.Mining.Baseline;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Training;

namespace SearchMining.Mining.Evaluation;

/// <summary>
/// Leave-one-out over real reports (or agencies): each fold trains on every synthetic statement and the real
/// statements of the other reports, and tests on the held-out report's real statements only.
/// </summary>
public sealed class CrossValidation(StatementRowFactory rows, TrainingOptions options, IReadOnlyList<RuleBaseline> baselines)
{
    public CrossValidationResult Run(IReadOnlyList<LabelledStatement> statements, string scheme, Func<LabelledStatement, string> foldKey, bool compareTrainers,
        CancellationToken ct = default)
    {
        var builder = new ThemeModelBuilder(rows, options);
        var keys = statements.Where(s => !s.Synthetic).Select(foldKey).Distinct().Order(StringComparer.Ordinal).ToList();
        var folds = new List<FoldOutcome>();
        var model = new List<EvaluatedStatement>();
        var rules = baselines.ToDictionary(b => b.Name, _ => new List<EvaluatedStatement>());
        var perRecipe = options.Recipes.ToDictionary(r => r, _ => new List<EvaluatedStatement>());
        foreach (var key in keys)
        {
            ct.ThrowIfCancellationRequested();
            var test = statements.Where(s => !s.Synthetic && foldKey(s) == key).ToList();
            var train = statements.Where(s => s.Synthetic || foldKey(s) != key).ToList();
            var built = builder.Build(train);
            using var chosen = built.Model;
            model.AddRange(MetricsCalculator.Predict(new ThemeClassifier(chosen, rows), test));
            foreach (var baseline in baselines) rules[baseline.Name].AddRange(MetricsCalculator.Predict(baseline.Fit(train), test));
            folds.Add(new FoldOutcome(key, test.Count, new ModelRecipe(chosen.Manifest.Trainer, chosen.Manifest.ClausePooling)));
            if (!compareTrainers) continue;
            // One fit per trainer (the chosen model is that fit for its trainer); pooling and thresholds only change scoring.
            foreach (var sameTrainer in built.Candidates.GroupBy(c => c.Recipe.Trainer))
            {
                using var fitted = sameTrainer.Key == chosen.Manifest.Trainer ? null : builder.Fit(train, sameTrainer.First().Recipe, sameTrainer.First().Thresholds);
                var basis = fitted ?? chosen;
                foreach (var candidate in sameTrainer)
                {
                    using var forced = basis.WithManifest(basis.Manifest with { ClausePooling = candidate.Recipe.ClausePooling, Thresholds = candidate.Thresholds });
                    perRecipe[candidate.Recipe].AddRange(MetricsCalculator.Predict(new ThemeClassifier(forced, rows), test));
                }
            }
        }
        return new CrossValidationResult(
            scheme,
            folds,
            MetricsCalculator.Compute(model),
            rules.ToDictionary(r => r.Key, r => MetricsCalculator.Compute(r.Value)),
            compareTrainers ? perRecipe.ToDictionary(p => p.Key, p => MetricsCalculator.Compute(p.Value)) : new Dictionary<ModelRecipe, ClassificationMetrics>(),
            model,
            rules.ToDictionary(r => r.Key, r => (IReadOnlyList<EvaluatedStatement>)r.Value));
    }
}
