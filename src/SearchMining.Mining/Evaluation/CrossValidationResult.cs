using SearchMining.Mining.Training;

namespace SearchMining.Mining.Evaluation;

/// <summary>
/// Pooled test figures of a leave-one-out cross-validation over real statements: the model procedure (trainer and
/// thresholds picked on inner validation folds), each candidate trainer forced, and the rule baselines (first = primary).
/// </summary>
public sealed record CrossValidationResult(
    string Scheme,
    IReadOnlyList<FoldOutcome> Folds,
    ClassificationMetrics Model,
    IReadOnlyDictionary<string, ClassificationMetrics> Baselines,
    IReadOnlyDictionary<ThemeTrainer, ClassificationMetrics> PerTrainer,
    IReadOnlyList<EvaluatedStatement> ModelPredictions);
