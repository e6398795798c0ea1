using SearchMining.Mining.Training;

namespace SearchMining.Mining.Evaluation;

/// <summary>One held-out fold: which real statements were tested, and the recipe validation chose for it.</summary>
public sealed record FoldOutcome(string HeldOut, int Statements, ModelRecipe Chosen);
