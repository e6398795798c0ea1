using SearchMining.Mining.Dataset;
using SearchMining.Mining.Features;

namespace SearchMining.Mining.Training;

/// <summary>A gold statement with the raw scores a model (trained without it) gave it.</summary>
public sealed record ScoredStatement(LabelledStatement Gold, StatementScores Scores);
