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
/// <param name="WithoutCloseText">The model on the scored statements with no close text in another agency (<see cref="CloseText"/>; round 5 chooses on this figure).</param>
/// <param name="WithoutCloseTextIntervals">Its 95 % agency-bootstrap intervals.</param>
/// <param name="Partitions">The same proxy with each fold partition (the first is the one above): macro-F1 of all scored statements and of those without close text.</param>
public sealed record OutsideEvaluation(
    int Folds,
    int Agencies,
    ClassificationMetrics Model,
    IntervalSet Intervals,
    IReadOnlyDictionary<string, ClassificationMetrics> Baselines,
    IReadOnlyDictionary<string, BootstrapDifference> Leads,
    BootstrapDifference? SyntheticEffect,
    ClassificationMetrics WithoutCloseText,
    IntervalSet WithoutCloseTextIntervals,
    IReadOnlyList<OutsidePartition> Partitions);

/// <summary>The honest proxy's macro-F1 with one fold partition: all scored statements, and those without close text.</summary>
public sealed record OutsidePartition(int Seed, double MacroF1, double WithoutCloseTextMacroF1);
