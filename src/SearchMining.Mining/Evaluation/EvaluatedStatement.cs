using SearchMining.Core.Domain;
using SearchMining.Mining.Dataset;

namespace SearchMining.Mining.Evaluation;

/// <summary>A gold statement next to what a classifier said about it.</summary>
public sealed record EvaluatedStatement(LabelledStatement Gold, StatementKind PredictedKind, IReadOnlyList<string> PredictedThemes);
