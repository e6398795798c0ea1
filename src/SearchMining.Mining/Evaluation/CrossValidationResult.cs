using SearchMining.Mining.Training;

namespace SearchMining.Mining.Evaluation;

/// <summary>
/// Pooled test figures of a leave-one-out cross-validation over real statements: the model procedure (trainer and
/// thresholds picked on inner validation folds), each candidate recipe forced, and the rule baselines (first = primary).
/// </summary>
public sealed record CrossValidationResult(
    string Scheme,
    IReadOnlyList<FoldOutcome> Folds,
    ClassificationMetrics Model,
    IReadOnlyDictionary<string, ClassificationMetrics> Baselines,
    IReadOnlyDictionary<ModelRecipe, ClassificationMetrics> PerRecipe,
    IReadOnlyList<EvaluatedStatement> ModelPredictions,
    IReadOnlyDictionary<string, IReadOnlyList<EvaluatedStatement>> BaselinePredictions)
{
    /// <summary>The model's macro-F1 lead over each baseline, with its report-bootstrap interval.</summary>
    public IReadOnlyDictionary<string, BootstrapDifference> LeadOverBaselines() =>
        BaselinePredictions.ToDictionary(b => b.Key, b => PairedBootstrap.MacroF1Difference(ModelPredictions, b.Value));
}
