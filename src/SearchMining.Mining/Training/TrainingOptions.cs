namespace SearchMining.Mining.Training;

/// <summary>How a model is built: the trainers to compare on validation, the seed, and the number of validation folds.</summary>
public sealed record TrainingOptions(IReadOnlyList<ThemeTrainer> Candidates, int Seed = 42, int ValidationFolds = 4)
{
    public static TrainingOptions Default { get; } = new([ThemeTrainer.SdcaLogistic, ThemeTrainer.AveragedPerceptron]);
}
