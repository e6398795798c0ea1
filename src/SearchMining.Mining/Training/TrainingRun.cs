using System.Diagnostics;
using SearchMining.Mining.Baseline;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Training;

/// <summary>
/// The whole `train` procedure: cross-validate over real reports (model procedure vs keyword baseline), then fit the
/// model to commit on every statement except the held-out real reports, and test it on those.
/// </summary>
public sealed class TrainingRun(StatementRowFactory rows, TrainingOptions options, IReadOnlyList<RuleBaseline> baselines)
{
    public TrainingReport Run(LabelSet labels, IReadOnlyCollection<string> heldOutSources, string dataVersion, DateOnly trainedOn, bool crossValidate,
        IReadOnlyList<int>? otherSeeds = null, IReadOnlyList<LabelledStatement>? secondAnnotator = null, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var all = labels.Statements;
        var cv = new CrossValidation(rows, options, baselines);
        var byReport = crossValidate ? cv.Run(all, "leave-one-report-out", s => s.Source, compareTrainers: true, ct) : null;
        var byAgency = crossValidate ? cv.Run(all, "leave-one-agency-out", s => s.Group, compareTrainers: false, ct) : null;
        var seedRuns = new List<SeedRun>();
        if (byReport is not null)
        {
            seedRuns.Add(new SeedRun(options.Seed, byReport.Model.MacroF1, byReport.Model.KindAccuracy));
            foreach (var seed in (otherSeeds ?? []).Where(s => s != options.Seed).Distinct())
            {
                var again = new CrossValidation(rows, options with { Seed = seed }, []).Run(all, "leave-one-report-out", s => s.Source, compareTrainers: false, ct);
                seedRuns.Add(new SeedRun(seed, again.Model.MacroF1, again.Model.KindAccuracy));
            }
        }

        bool HeldOut(LabelledStatement s) => !s.Synthetic && heldOutSources.Contains(s.Source);
        var test = all.Where(HeldOut).ToList();
        var training = all.Where(s => !HeldOut(s)).ToList();
        var built = new ThemeModelBuilder(rows, options).Build(training);
        var classifier = new ThemeClassifier(built.Model, rows);
        var heldOutModel = MetricsCalculator.Compute(MetricsCalculator.Predict(classifier, test));
        var heldOutBaselines = baselines.ToDictionary(b => b.Name, b => MetricsCalculator.Compute(MetricsCalculator.Predict(b.Fit(training), test)));
        var model = built.Model.WithManifest(built.Model.Manifest with
        {
            DataVersion = dataVersion,
            TokenizationFingerprint = TokenizationFingerprint.Of(rows, all.Select(s => s.Text)),
            TrainedOn = trainedOn,
            HeldOutSources = heldOutSources.Order(StringComparer.Ordinal).ToList(),
            HeldOutMetrics = heldOutModel,
        });
        var agreement = secondAnnotator is { Count: > 0 } ? AnnotatorAgreement.Compute(all, secondAnnotator, byReport?.ModelPredictions) : null;
        return new TrainingReport(labels.Count(), byReport, byAgency, seedRuns, agreement, model, built.Candidates, heldOutModel, heldOutBaselines, test.Count, watch.Elapsed);
    }
}
