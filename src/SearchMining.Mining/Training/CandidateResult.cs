using SearchMining.Mining.Evaluation;

namespace SearchMining.Mining.Training;

/// <summary>How one recipe did on the validation folds (with thresholds tuned on those folds).</summary>
public sealed record CandidateResult(ModelRecipe Recipe, ClassificationMetrics Validation, IReadOnlyDictionary<string, double> Thresholds)
{
    public double Score => (Validation.MacroF1 + Validation.KindAccuracy) / 2;
}
