namespace SearchMining.Mining.Evaluation;

/// <summary>
/// The honest dev proxy of a new agency (round 4): folds hold only agencies outside Pingtan, the Pingtan agencies are
/// always in training, and each fold's thresholds come from the other folds' held-out statements.
/// </summary>
/// <param name="Folds">Folds over the agencies outside Pingtan.</param>
/// <param name="Agencies">Agencies scored (all outside Pingtan).</param>
/// <param name="Model">The recipe's held-out predictions, scored.</param>
/// <param name="Intervals">95 % agency-bootstrap intervals of the model's macro-F1 and per-theme F1.</param>
/// <param name="Baselines">The rule baselines fitted on the same training statements per fold.</param>
/// <param name="Leads">Model's macro-F1 lead over each baseline, bootstrap over the agencies.</param>
/// <param name="SyntheticEffect">Model minus the same recipe without the synthetic statements, bootstrap over the agencies (null when not measured).</param>
public sealed record OutsideEvaluation(
    int Folds,
    int Agencies,
    ClassificationMetrics Model,
    IntervalSet Intervals,
    IReadOnlyDictionary<string, ClassificationMetrics> Baselines,
    IReadOnlyDictionary<string, BootstrapDifference> Leads,
    BootstrapDifference? SyntheticEffect);
