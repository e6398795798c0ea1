using System.Diagnostics;
using SearchMining.Core.Classification;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Training;

/// <summary>
/// The whole `train` procedure: cross-validate over real reports (model procedure vs keyword baseline), then fit the
/// model to commit on every statement except the held-out real reports, and test it on those.
/// </summary>
public sealed class TrainingRun(StatementRowFactory rows, TrainingOptions options, IReadOnlyDictionary<string, IStatementClassifier> baselines)
{
    public TrainingReport Run(LabelSet labels, IReadOnlyCollection<string> heldOutSources, string dataVersion, DateOnly trainedOn, bool crossValidate,
        CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var all = labels.Statements;
        var cv = new CrossValidation(rows, options, baselines);
        var byReport = crossValidate ? cv.Run(all, "leave-one-report-out", s => s.Source, compareTrainers: true, ct) : null;
        var byAgency = crossValidate ? cv.Run(all, "leave-one-agency-out", s => s.Group, compareTrainers: false, ct) : null;

        bool HeldOut(LabelledStatement s) => !s.Synthetic && heldOutSources.Contains(s.Source);
        var test = all.Where(HeldOut).ToList();
        var built = new ThemeModelBuilder(rows, options).Build(all.Where(s => !HeldOut(s)).ToList());
        var classifier = new ThemeClassifier(built.Model, rows);
        var heldOutModel = MetricsCalculator.Compute(MetricsCalculator.Predict(classifier, test));
        var heldOutBaselines = baselines.ToDictionary(b => b.Key, b => MetricsCalculator.Compute(MetricsCalculator.Predict(b.Value, test)));
        var model = built.Model.WithManifest(built.Model.Manifest with
        {
            DataVersion = dataVersion,
            TokenizationFingerprint = TokenizationFingerprint.Of(rows, all.Select(s => s.Text)),
            TrainedOn = trainedOn,
            HeldOutSources = heldOutSources.Order(StringComparer.Ordinal).ToList(),
            HeldOutMetrics = heldOutModel,
        });
        return new TrainingReport(labels.Count(), byReport, byAgency, model, built.Candidates, heldOutModel, heldOutBaselines, test.Count, watch.Elapsed);
    }
}
