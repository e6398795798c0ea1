using System.CommandLine;
using SearchMining.Mining.Baseline;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Model;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Training;

namespace SearchMining.Cli.Commands;

/// <summary>
/// <c>searchmining train</c>: agency-grouped cross-validation on the dev split, the model fitted on every dev statement,
/// and with <c>--score-test</c> one scoring of the frozen test split; writes the zip and its card.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Synthetic and sample statements (JSON lines).", DefaultValueFactory = _ => ThemeModelFiles.Labels };
        var corpus = new Option<string?>("--corpus") { Description = "Corpus labels with split and slug (default: the settled file when present, else annotator A's)." };
        var output = new Option<string>("--output") { Description = "Model zip to write.", DefaultValueFactory = _ => ThemeModelFiles.Model };
        var card = new Option<string>("--card") { Description = "Metrics card to write.", DefaultValueFactory = _ => ThemeModelFiles.Card };
        var seed = new Option<int>("--seed") { Description = "Trainer seed.", DefaultValueFactory = _ => TrainingOptions.Default.Seed };
        var foldSeeds = new Option<int[]>("--fold-seeds") { Description = "Dev fold partitions: the first gives the thresholds and the dev figures, the others show the spread.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [TrainingOptions.Default.FoldSeed, 2, 3] };
        var skipCv = new Option<bool>("--quick") { Description = "Only the chosen recipe's dev cross-validation (no run without synthetic statements, no other partitions, no parser kinds): a fast rebuild." };
        var scoreTest = new Option<bool>("--score-test") { Description = "Score the frozen test split once, to report (never to choose anything)." };
        var second = new Option<string>("--second-annotator") { Description = "Annotator B's labels of the shared sample (agreement in the card; never trained on). Skipped when the file does not exist.", DefaultValueFactory = _ => ThemeModelFiles.SharedSampleB };
        var predictions = new Option<string?>("--predictions") { Description = "Write each dev statement's out-of-fold prediction (JSON lines) here, for error analysis." };
        var reports = new Option<string>("--reports") { Description = "Repository root whose dev reports (samples/reports, data/corpus; never a test agency's) the supervision stacker's bigram table learns from.", DefaultValueFactory = _ => "." };
        var stacker = new Option<bool>("--stacker") { Description = "Add round 10's bigram table and supervision stacker (not the committed recipe: its dev-proxy gain, +0.004 (−0.005 … +0.013), is within the noise; docs/CLASSIFIER.md round 10)." };
        var command = new Command("train", "Rebuild the section-五 theme classifier: dev cross-validation by agency, fit on all dev statements, optionally score the frozen test split.");
        foreach (var o in new Option[] { labels, corpus, output, card, seed, foldSeeds, skipCv, scoreTest, second, predictions, reports, stacker }) command.Options.Add(o);
        command.SetAction(async (result, ct) =>
        {
            var labelsPath = result.GetValue(labels)!;
            var corpusPath = result.GetValue(corpus) ?? ThemeModelFiles.RealCorpus(".");
            var (data, ok) = await ThemeDataLoading.LoadAsync(labelsPath, corpusPath, ct);
            if (!ok) return 1;
            var (agreement, agreementOk) = await AgreementAsync(result.GetValue(second)!, corpusPath, ct);
            if (!agreementOk) return 1;
            var seeds = result.GetValue(foldSeeds) is { Length: > 0 } s ? s : [TrainingOptions.Default.FoldSeed];
            var quick = result.GetValue(skipCv);
            var options = TrainingOptions.Default with { Seed = result.GetValue(seed), FoldSeed = seeds[0] };
            var rows = MiningServices.CreateRowFactory();
            var corpusStatements = data!.Dev.Concat(data.TestSplitForReport()).ToList();
            var inputs = new TrainingInputs(
                await DataVersion.OfFileAsync(labelsPath, ct),
                await DataVersion.OfFileAsync(corpusPath, ct),
                DateOnly.FromDateTime(DateTime.UtcNow),
                result.GetValue(scoreTest),
                quick ? [] : seeds[1..],
                quick ? null : await ParserKinds.ReadAsync(corpusStatements, ".", ct),
                agreement,
                result.GetValue(stacker) ? await UnlabelledReports.ReadAsync(result.GetValue(reports)!, ct) : null);
            var run = new TrainingRun(rows, options,
            [
                RuleBaseline.Fixed(TrainingRun.PrimaryBaseline, new KeywordThemeClassifier(ThemesDocLexicon.Instance)),
                new MinedKeywordBaseline(rows).AsBaseline("keywords mined from the training statements"),
            ]);
            var report = run.Run(data, inputs, ct);
            var modelPath = result.GetValue(output)!;
            new ThemeModelStore().Save(report.Model, modelPath);
            var cardPath = result.GetValue(card)!;
            var markdown = MetricsCard.Render(report, modelPath, labelsPath, corpusPath);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(cardPath))!);
            await File.WriteAllTextAsync(cardPath, markdown, ct);
            Console.WriteLine(markdown);
            Console.WriteLine($"Wrote {modelPath} and {cardPath}.");
            if (result.GetValue(predictions) is { } predictionsPath)
            {
                await PredictionFile.WriteAsync(predictionsPath, report.Dev.Predictions, ct);
                Console.WriteLine($"Wrote {report.Dev.Predictions.Count} out-of-fold dev predictions to {predictionsPath}.");
            }
            return 0;
        });
        return command;
    }

    /// <summary>Annotator B against the corpus labels, null when B's file does not exist; not ok (errors printed) when a file is broken.</summary>
    private static async Task<(AnnotatorAgreement? Agreement, bool Ok)> AgreementAsync(string secondPath, string corpusPath, CancellationToken ct)
    {
        if (!File.Exists(secondPath)) return (null, true);
        var second = await new LabelFile().ReadAsync(secondPath, ct);
        foreach (var error in second.Errors) Console.Error.WriteLine($"{secondPath}: {error}");
        if (second.Errors.Count > 0) return (null, false);
        var first = await new LabelFile().ReadAsync(corpusPath, ct);
        return (AnnotatorAgreement.Compute(first.Statements, second.Statements), true);
    }
}
