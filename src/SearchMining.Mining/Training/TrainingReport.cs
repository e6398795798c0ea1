using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Model;

namespace SearchMining.Mining.Training;

/// <summary>Everything `searchmining train` measured: dataset counts, cross-validation, the committed model and its held-out test.</summary>
public sealed record TrainingReport(
    DatasetCounts Counts,
    CrossValidationResult? LeaveOneReportOut,
    CrossValidationResult? LeaveOneAgencyOut,
    IReadOnlyList<SeedRun> SeedRuns,
    AnnotatorAgreement? Agreement,
    ThemeModel Model,
    IReadOnlyList<CandidateResult> Candidates,
    ClassificationMetrics HeldOutModel,
    IReadOnlyDictionary<string, ClassificationMetrics> HeldOutBaselines,
    int HeldOutStatements,
    TimeSpan Elapsed);
