namespace SearchMining.Mining.Evaluation;

/// <summary>The leave-one-report-out figures of the same procedure with another seed (how much of a difference is luck).</summary>
public sealed record SeedRun(int Seed, double MacroF1, double KindAccuracy);
