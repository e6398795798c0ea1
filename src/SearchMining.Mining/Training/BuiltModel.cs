using SearchMining.Mining.Model;

namespace SearchMining.Mining.Training;

/// <summary>The model fitted on all training statements with the trainer and thresholds that won on validation.</summary>
public sealed record BuiltModel(ThemeModel Model, IReadOnlyList<CandidateResult> Candidates);
