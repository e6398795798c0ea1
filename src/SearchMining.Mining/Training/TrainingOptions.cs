namespace SearchMining.Mining.Training;

/// <summary>
/// How a model is built: the trainers to compare on validation, the seed, the number of validation folds, and the
/// clause-pooling settings to compare (each trainer is tried with each).
/// </summary>
public sealed record TrainingOptions(IReadOnlyList<ThemeTrainer> Candidates, int Seed = 42, int ValidationFolds = 4, IReadOnlyList<bool>? ClausePooling = null,
    int PerceptronEnsemble = 1, ThresholdMode Thresholds = ThresholdMode.Shared)
{
    public IReadOnlyList<bool> PoolingChoices => ClausePooling is { Count: > 0 } p ? p : [false];

    public IReadOnlyList<ModelRecipe> Recipes => Candidates.SelectMany(t => PoolingChoices.Select(p => new ModelRecipe(t, p))).ToList();

    public static TrainingOptions Default { get; } = new([ThemeTrainer.SdcaLogistic, ThemeTrainer.AveragedPerceptron], ClausePooling: [false, true]);
}
