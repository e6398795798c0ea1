namespace SearchMining.Mining.Evaluation;

/// <summary>The dev cross-validation figures of the same procedure with another fold partition (how much of a difference is luck).</summary>
public sealed record SeedRun(int Seed, double MacroF1, double KindAccuracy);
