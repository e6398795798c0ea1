using SearchMining.Mining.Evaluation;

namespace SearchMining.Mining.Distributional;

/// <summary>
/// One fold partition read with and without the supervision stacker: <see cref="Reference"/> is the shared-threshold
/// decision (thresholds chosen on the other folds), <see cref="Stacked"/> the same with each fold's stacker (fitted on
/// the other folds, its table learnt without the held-out agencies' reports) deciding supervision.
/// </summary>
public sealed record StackedReading(IReadOnlyList<EvaluatedStatement> Reference, IReadOnlyList<EvaluatedStatement> Stacked, IReadOnlyList<SupervisionStacker> Stackers);
