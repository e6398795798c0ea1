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
        var skipCv = new Option<bool>("--skip-cv") { Description = "Skip the cross-validation (quick rebuild)." };
        var command = new Command("train", "Rebuild the section-五 theme classifier from the labelled data (fixed seed) and print its evaluation.");
        foreach (var o in new Option[] { labels, heldOut, output, card, seed, trainers, skipCv }) command.Options.Add(o);
        command.SetAction(async (result, ct) =>
        {
            var labelsPath = result.GetValue(labels)!;
            var set = await new LabelFile().ReadAsync(labelsPath, ct);
            foreach (var error in set.Errors) Console.Error.WriteLine($"{labelsPath}: {error}");
            if (set.Errors.Count > 0 || set.Statements.Count == 0) return 1;
            var heldOutSources = await ReadHeldOutAsync(result.GetValue(heldOut)!, ct);
            var chosen = result.GetValue(trainers) is { Length: > 0 } t ? t : [.. TrainingOptions.Default.Candidates];
            var options = new TrainingOptions(chosen, result.GetValue(seed));
            var rows = MiningServices.CreateRowFactory();
            var run = new TrainingRun(rows, options, new Dictionary<string, IStatementClassifier>
            {
                ["keyword lexicon (written after reading the reports; also model features)"] = new KeywordThemeClassifier(),
                ["THEMES.md keywords only"] = new KeywordThemeClassifier(ThemesDocKeywords.All),
            });
            var version = await DataVersion.OfFileAsync(labelsPath, ct);
            var report = run.Run(set, heldOutSources, version, DateOnly.FromDateTime(DateTime.UtcNow), crossValidate: !result.GetValue(skipCv), ct);
            var modelPath = result.GetValue(output)!;
            new ThemeModelStore().Save(report.Model, modelPath);
            var cardPath = result.GetValue(card)!;
            var markdown = MetricsCard.Render(report, modelPath, labelsPath);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(cardPath))!);
            await File.WriteAllTextAsync(cardPath, markdown, ct);
            Console.WriteLine(markdown);
            Console.WriteLine($"Wrote {modelPath} and {cardPath}.");
            return 0;
        });
        return command;
    }

    private static async Task<IReadOnlyCollection<string>> ReadHeldOutAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path)) return [];
        var lines = await File.ReadAllLinesAsync(path, ct);
        return lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet();
    }
}
