using System.CommandLine;
using SearchMining.Core.Classification;
using SearchMining.Mining.Baseline;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Model;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Training;

namespace SearchMining.Cli.Commands;

/// <summary><c>searchmining train</c>: rebuild the theme model from the labelled data, evaluate it, write the zip and its card.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Labelled statements (JSON lines).", DefaultValueFactory = _ => ThemeModelFiles.Labels };
        var heldOut = new Option<string>("--heldout") { Description = "Real report files (one a line) the committed model never trains on.", DefaultValueFactory = _ => ThemeModelFiles.HeldOutReports };
        var output = new Option<string>("--output") { Description = "Model zip to write.", DefaultValueFactory = _ => ThemeModelFiles.Model };
        var card = new Option<string>("--card") { Description = "Metrics card to write.", DefaultValueFactory = _ => ThemeModelFiles.Card };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 42 };
        var trainers = new Option<ThemeTrainer[]>("--trainer") { Description = "Trainers to compare on validation (repeatable).", AllowMultipleArgumentsPerToken = true };
        var ensemble = new Option<int>("--ensemble") { Description = "Averaged-perceptron classifiers per theme whose probabilities are averaged.", DefaultValueFactory = _ => TrainingOptions.Default.PerceptronEnsemble };
        var otherSeeds = new Option<int[]>("--cv-seeds") { Description = "Further seeds to repeat the leave-one-report-out with (seed sensitivity in the card).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [1, 7] };
        var thresholdMode = new Option<ThresholdMode>("--thresholds") { Description = "Shared: one threshold for all themes; PerTheme: one each (both tuned on validation folds).", DefaultValueFactory = _ => TrainingOptions.Default.Thresholds };
        var second = new Option<string>("--second-annotator") { Description = "The real statements labelled by a second, independent annotator (agreement in the card; never trained on). Skipped when the file does not exist.", DefaultValueFactory = _ => ThemeModelFiles.SecondAnnotator };
        var skipCv = new Option<bool>("--skip-cv") { Description = "Skip the cross-validation (quick rebuild)." };
        var predictions = new Option<string?>("--predictions") { Description = "Write each real statement's leave-one-report-out prediction (JSON lines) here, for error analysis." };
        var command = new Command("train", "Rebuild the section-五 theme classifier from the labelled data (fixed seed) and print its evaluation.");
        foreach (var o in new Option[] { labels, heldOut, output, card, seed, trainers, ensemble, thresholdMode, otherSeeds, second, skipCv, predictions }) command.Options.Add(o);
        command.SetAction(async (result, ct) =>
        {
            var labelsPath = result.GetValue(labels)!;
            var set = await new LabelFile().ReadAsync(labelsPath, ct);
            foreach (var error in set.Errors) Console.Error.WriteLine($"{labelsPath}: {error}");
            if (set.Errors.Count > 0 || set.Statements.Count == 0) return 1;
            var heldOutSources = await ReadHeldOutAsync(result.GetValue(heldOut)!, ct);
            var (secondLabels, secondOk) = await ReadSecondAnnotatorAsync(result.GetValue(second)!, ct);
            if (!secondOk) return 1;
            var chosen = result.GetValue(trainers) is { Length: > 0 } t ? t : [.. TrainingOptions.Default.Candidates];
            if (result.GetValue(ensemble) is < 1 or > 50)
            {
                Console.Error.WriteLine("--ensemble must be between 1 and 50.");
                return 2;
            }
            var options = TrainingOptions.Default with { Candidates = chosen, Seed = result.GetValue(seed), PerceptronEnsemble = result.GetValue(ensemble), Thresholds = result.GetValue(thresholdMode) };
            var rows = MiningServices.CreateRowFactory();
            var run = new TrainingRun(rows, options,
            [
                RuleBaseline.Fixed("THEMES.md keywords", new KeywordThemeClassifier(ThemesDocLexicon.Instance)),
                new MinedKeywordBaseline(rows).AsBaseline("keywords mined from each fold's training statements"),
                RuleBaseline.Fixed("labeller's lexicon (test-informed reference)", new KeywordThemeClassifier(LabellerLexicon.Instance)),
            ]);
            var version = await DataVersion.OfFileAsync(labelsPath, ct);
            var report = run.Run(set, heldOutSources, version, DateOnly.FromDateTime(DateTime.UtcNow), crossValidate: !result.GetValue(skipCv), result.GetValue(otherSeeds), secondLabels, ct);
            var modelPath = result.GetValue(output)!;
            new ThemeModelStore().Save(report.Model, modelPath);
            var cardPath = result.GetValue(card)!;
            var markdown = MetricsCard.Render(report, modelPath, labelsPath);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(cardPath))!);
            await File.WriteAllTextAsync(cardPath, markdown, ct);
            Console.WriteLine(markdown);
            Console.WriteLine($"Wrote {modelPath} and {cardPath}.");
            if (result.GetValue(predictions) is { } predictionsPath && report.LeaveOneReportOut is { } cv)
            {
                await PredictionFile.WriteAsync(predictionsPath, cv.ModelPredictions, ct);
                Console.WriteLine($"Wrote {cv.ModelPredictions.Count} leave-one-report-out predictions to {predictionsPath}.");
            }
            return 0;
        });
        return command;
    }

    /// <summary>The second annotator's labels, null when the file does not exist; not ok (errors printed) when it is broken.</summary>
    private static async Task<(IReadOnlyList<LabelledStatement>? Labels, bool Ok)> ReadSecondAnnotatorAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path)) return (null, true);
        var set = await new LabelFile().ReadAsync(path, ct);
        foreach (var error in set.Errors) Console.Error.WriteLine($"{path}: {error}");
        return (set.Statements, set.Errors.Count == 0);
    }

    private static async Task<IReadOnlyCollection<string>> ReadHeldOutAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path)) return [];
        var lines = await File.ReadAllLinesAsync(path, ct);
        return lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet();
    }
}
