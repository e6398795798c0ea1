using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Model;

namespace SearchMining.Mining.Training;

/// <summary>Everything `searchmining train` measured: dataset counts, dev cross-validation, the committed model and (when asked) its test split.</summary>
public sealed record TrainingReport(
    TrainingOptions Options,
    IReadOnlyList<SourceCounts> Counts,
    int ExcludedLines,
    DevEvaluation Dev,
    TestEvaluation? Test,
    AnnotatorAgreement? Agreement,
    ThemeModel Model,
    TimeSpan Elapsed,
    Distributional.StackerEvaluation? Stacker = null);

/// <summary>Agency-grouped cross-validation on the dev split: the chosen recipe, the same without synthetic statements, the baselines.</summary>
/// <param name="Leads">Model's macro-F1 lead over each baseline, bootstrap over dev agencies.</param>
/// <param name="OtherPartitions">The same cross-validation with other fold partitions.</param>
/// <param name="NonPingtan">The model on the held-out statements of agencies outside Pingtan (<see cref="AgencyArchive"/>): the closest dev proxy of a new archive.</param>
/// <param name="NonPingtanBaselines">The baselines on the same statements.</param>
/// <param name="NonPingtanLeads">Model's macro-F1 lead over each baseline on those statements, bootstrap over their agencies.</param>
/// <param name="WithoutCloseText">The corpus dev figures on the statements with no close text in another agency (<see cref="CloseText"/>).</param>
/// <param name="WithoutCloseTextIntervals">Their agency-bootstrap intervals.</param>
/// <param name="Outside">The honest proxy: folds over the agencies outside Pingtan only, Pingtan always in training (null with fewer than two agencies outside Pingtan).</param>
public sealed record DevEvaluation(
    int Folds,
    int FoldSeed,
    int Agencies,
    ClassificationMetrics Model,
    ClassificationMetrics WithoutSynthetic,
    BootstrapDifference SyntheticEffect,
    IReadOnlyDictionary<string, ClassificationMetrics> Baselines,
    IReadOnlyDictionary<string, BootstrapDifference> Leads,
    IReadOnlyList<SeedRun> OtherPartitions,
    KindAgreement Kind,
    IReadOnlyList<EvaluatedStatement> Predictions,
    ClassificationMetrics NonPingtan,
    int NonPingtanAgencies,
    IReadOnlyDictionary<string, ClassificationMetrics> NonPingtanBaselines,
    IReadOnlyDictionary<string, BootstrapDifference> NonPingtanLeads,
    ClassificationMetrics WithoutCloseText,
    IntervalSet WithoutCloseTextIntervals,
    OutsideEvaluation? Outside);

/// <summary>The frozen agency-disjoint test split, scored once with the committed model: all lines, and without the lines whose text also occurs in training.</summary>
public sealed record TestEvaluation(int Agencies, TestScore All, TestScore WithoutRepeatedText);

public sealed record TestScore(
    int Statements,
    ClassificationMetrics Model,
    IReadOnlyDictionary<string, ClassificationMetrics> Baselines,
    IReadOnlyDictionary<string, BootstrapDifference> Leads,
    KindAgreement Kind);
