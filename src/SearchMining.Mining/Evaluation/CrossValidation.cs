using SearchMining.Core.Classification;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Training;

namespace SearchMining.Mining.Evaluation;

/// <summary>
/// Leave-one-out over real reports (or agencies): each fold trains on every synthetic statement and the real
/// statements of the other reports, and tests on the held-out report's real statements only.
/// </summary>
public sealed class CrossValidation(StatementRowFactory rows, TrainingOptions options, IReadOnlyDictionary<string, IStatementClassifier> baselines)
{
    public CrossValidationResult Run(IReadOnlyList<LabelledStatement> statements, string scheme, Func<LabelledStatement, string> foldKey, bool compareTrainers,
        CancellationToken ct = default)
    {
        var builder = new ThemeModelBuilder(rows, options);
        var keys = statements.Where(s => !s.Synthetic).Select(foldKey).Distinct().Order(StringComparer.Ordinal).ToList();
        var folds = new List<FoldOutcome>();
        var model = new List<EvaluatedStatement>();
        var rules = baselines.Keys.ToDictionary(k => k, _ => new List<EvaluatedStatement>());
        var perTrainer = options.Candidates.ToDictionary(t => t, _ => new List<EvaluatedStatement>());
        foreach (var key in keys)
        {
            ct.ThrowIfCancellationRequested();
            var test = statements.Where(s => !s.Synthetic && foldKey(s) == key).ToList();
            var train = statements.Where(s => s.Synthetic || foldKey(s) != key).ToList();
            var built = builder.Build(train);
            using (built.Model)
                model.AddRange(MetricsCalculator.Predict(new ThemeClassifier(built.Model, rows), test));
            foreach (var (name, baseline) in baselines) rules[name].AddRange(MetricsCalculator.Predict(baseline, test));
            folds.Add(new FoldOutcome(key, test.Count, built.Model.Manifest.Trainer));
            if (!compareTrainers) continue;
            foreach (var candidate in built.Candidates)
            {
                using var forced = builder.Fit(train, candidate.Trainer, candidate.Thresholds);
                perTrainer[candidate.Trainer].AddRange(MetricsCalculator.Predict(new ThemeClassifier(forced, rows), test));
            }
        }
        return new CrossValidationResult(
            scheme,
            folds,
            MetricsCalculator.Compute(model),
            rules.ToDictionary(r => r.Key, r => MetricsCalculator.Compute(r.Value)),
            compareTrainers ? perTrainer.ToDictionary(p => p.Key, p => MetricsCalculator.Compute(p.Value)) : new Dictionary<ThemeTrainer, ClassificationMetrics>(),
            model);
    }
}
