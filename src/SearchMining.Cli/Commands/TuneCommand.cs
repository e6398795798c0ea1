using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SearchMining.Mining.Baseline;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Distributional;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Training;

namespace SearchMining.Cli.Commands;

/// <summary>
/// <c>searchmining tune</c>: compare model configurations on agency-grouped cross-validation of the dev split (the test
/// split is never read) and print one line per configuration × scoring choice.
/// </summary>
internal static class TuneCommand
{
    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Synthetic and sample statements (JSON lines).", DefaultValueFactory = _ => ThemeModelFiles.Labels };
        var corpus = new Option<string?>("--corpus") { Description = "Corpus labels (default: the settled file when present, else annotator A's)." };
        var folds = new Option<int>("--folds") { Description = "Agency-grouped folds.", DefaultValueFactory = _ => 5 };
        var foldSeeds = new Option<int[]>("--fold-seeds") { Description = "Fold partitions to average over.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [1] };
        var seed = new Option<int>("--seed") { Description = "Trainer seed.", DefaultValueFactory = _ => 42 };
        var trainers = new Option<ThemeTrainer[]>("--trainer") { Description = "Trainers (repeatable).", AllowMultipleArgumentsPerToken = true };
        var sources = new Option<string[]>("--sources") { Description = "Training sources, e.g. Corpus or Corpus,Synthetic (repeatable).", AllowMultipleArgumentsPerToken = true };
        var words = new Option<int[]>("--word-ngrams") { Description = "Word n-gram lengths to try.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [2] };
        var chars = new Option<int[]>("--char-ngrams") { Description = "Character n-gram lengths to try.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [3] };
        var cues = new Option<bool[]>("--cues") { Description = "Cue flags on/off to try.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [true] };
        var ensembles = new Option<int[]>("--ensemble") { Description = "Averaged-perceptron ensemble sizes to try.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [1] };
        var perTheme = new Option<bool>("--per-theme") { Description = "Also print per-theme F1 (all held-out statements, then those outside Pingtan)." };
        var weightings = new Option<SampleWeighting[]>("--weighting") { Description = "Weightings of the real training statements to try (None, Agency, AgencyEqual, NearDuplicates, Both, Templates, Pingtan).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [SampleWeighting.None] };
        var lambdas = new Option<float[]>("--lambda") { Description = "Linear SVM L2 regularisations to try.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [ThemePipeline.DefaultSvmLambda] };
        var l2s = new Option<float[]>("--l2") { Description = "L-BFGS logistic regression L2 regularisations to try.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [ThemePipeline.DefaultLogisticL2] };
        var kindTrainer = new Option<ThemeTrainer?>("--kind-trainer") { Description = "Learner of the kind classifier (default: the themes' trainer)." };
        var outsideProxy = new Option<bool>("--outside") { Description = "The honest proxy: folds over the agencies outside Pingtan only, Pingtan always in training (every held-out statement is then outside Pingtan)." };
        var minAgencies = new Option<int[]>("--min-agencies") { Description = "Keep only n-grams in the training statements of at least this many agencies (0: all; repeatable).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [0] };
        var predictionsPath = new Option<string?>("--predictions") { Description = "Write the first configuration's out-of-fold predictions (first partition, no pooling, shared threshold, no vote) here, for error analysis." };
        var rareCopies = new Option<int[]>("--rare-copies") { Description = "Copies of each positive of the rarest themes when their classifier is fitted (1: none; repeatable).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [1] };
        var descriptorCues = new Option<bool[]>("--descriptor-cues") { Description = "Round-7 cue flags (supervision descriptors, no named theme's keyword) on/off to try.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [FeatureOptions.Default.DescriptorCues] };
        var scoresPath = new Option<string?>("--scores") { Description = "Append every configuration's out-of-fold theme probabilities (every partition) here as JSON lines, to compare decision rules on the same fits." };
        var distributional = new Option<bool>("--distributional") { Description = "Also read the first configuration with round 10's supervision stacker over wording learnt from the dev reports (each fold's table without its held-out agencies' reports), on the held-out statements without close text in another agency." };
        var tableRows = new Option<int[]>("--table-rows") { Description = "With --distributional: bigram table sizes to read (rows kept; 0: every bigram).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [BigramTableBuilder.MaxRows] };
        var command = new Command("tune", "Compare theme-model configurations on agency-grouped cross-validation of the dev split (never reads the test split).");
        foreach (var o in new Option[] { labels, corpus, folds, foldSeeds, seed, trainers, sources, words, chars, cues, ensembles, perTheme, weightings, lambdas, outsideProxy, predictionsPath, minAgencies, scoresPath, l2s, kindTrainer, rareCopies, descriptorCues, distributional, tableRows }) command.Options.Add(o);
        command.SetAction(async (result, ct) =>
        {
            var (data, ok) = await ThemeDataLoading.LoadAsync(result.GetValue(labels)!, result.GetValue(corpus), ct);
            if (!ok) return 1;
            var rows = MiningServices.CreateRowFactory();
            var experiment = new DevExperiment(rows, data!, result.GetValue(folds), result.GetValue(seed), result.GetValue(outsideProxy));
            var sourceList = (result.GetValue(sources) is { Length: > 0 } s ? s : ["Corpus", "Corpus,Samples,Synthetic"])
                .Select(x => Enum.Parse<TrainingSources>(x, ignoreCase: true)).ToList();
            var trainerList = result.GetValue(trainers) is { Length: > 0 } t ? t : [TrainingOptions.Default.Trainer];
            var seeds = result.GetValue(foldSeeds)!;
            var outside = data!.CrossValidated.Where(d => !AgencyArchive.IsPingtan(d)).ToList();
            var novel = CloseText.Novel(outside, data.CrossValidated);
            var corpusNovel = CloseText.Novel(data.Dev, data.CrossValidated);
            Console.WriteLine($"dev: {data.Dev.Count} corpus statements of {data.DevAgencies.Count} agencies ({outside.Count} statements of {outside.Select(ThemeDataset.AgencyOf).Distinct().Count()} agencies outside Pingtan, corpus and samples); {data.Samples.Count} sample, {data.Synthetic.Count} synthetic; {result.GetValue(folds)} agency folds, fold seeds {string.Join(",", seeds)}; {novel.Count} statements outside Pingtan without close text in another agency (`novel`, Dice < {CloseText.Dice}); {corpusNovel.Count} corpus statements without (`cnovel`: read with the mixed folds, round 4's figure)");
            var header = "config\tpool\tthr\tmacroF1\tkind\tnonPT-macroF1\tnonPT-kind\tnonPT-95%\tnovel-macroF1\tnovel-sd\tnovel-95%\tcnovel-macroF1";
            if (result.GetValue(perTheme)) header += "\t" + string.Join("\t", ThemeIds.All) + "\t" + string.Join("\t", ThemeIds.All.Select(t => "nonPT-" + t)) + "\t" + string.Join("\t", ThemeIds.All.Select(t => "novel-" + t));
            Console.WriteLine(header);
            foreach (var baseline in new[] { RuleBaseline.Fixed("THEMES.md keywords", new KeywordThemeClassifier(ThemesDocLexicon.Instance)), new MinedKeywordBaseline(rows).AsBaseline("mined keywords") })
            {
                var predictions = seeds.Select(fs => experiment.Baseline(baseline, TrainingSources.Corpus, fs)).ToList();
                Print($"baseline: {baseline.Name}", "-", "-", predictions, novel, corpusNovel, result.GetValue(perTheme));
            }
            var written = false;
            var unlabelled = result.GetValue(distributional) ? await UnlabelledReports.ReadAsync(".", ct) : null;
            foreach (var src in sourceList)
            foreach (var trainer in trainerList)
            foreach (var w in result.GetValue(words)!)
            foreach (var c in result.GetValue(chars)!)
            foreach (var cue in result.GetValue(cues)!)
            foreach (var minimum in result.GetValue(minAgencies)!)
            foreach (var size in result.GetValue(ensembles)!)
            foreach (var weighting in result.GetValue(weightings)!)
            foreach (var lambda in result.GetValue(lambdas)!)
            foreach (var l2 in result.GetValue(l2s)!)
            foreach (var copies in result.GetValue(rareCopies)!)
            foreach (var descriptors in result.GetValue(descriptorCues)!)
            {
                if (size > 1 && trainer != ThemeTrainer.AveragedPerceptron) continue;
                var configuration = new DevConfiguration(src, trainer, new FeatureOptions(w, c, cue, minimum, descriptors), size, weighting, lambda, l2, result.GetValue(kindTrainer), copies);
                var watch = Stopwatch.StartNew();
                var runs = seeds.SelectMany(fs => experiment.Run(configuration, fs, ct)).ToList();
                foreach (var group in runs.GroupBy(r => (r.Pooling, r.Thresholds, r.KeywordVote)))
                    Print(configuration.ToString(), group.Key.Pooling.ToString(), group.Key.Thresholds + (group.Key.KeywordVote ? "+vote" : ""), group.Select(r => r.Predictions).ToList(), novel, corpusNovel, result.GetValue(perTheme));
                if (result.GetValue(scoresPath) is { } scoresFile)
                    foreach (var run in runs.Where(r => r.Pooling == PoolingMode.None && r.Thresholds == ThresholdMode.Shared && !r.KeywordVote))
                        await ScoreFile.AppendAsync(scoresFile, configuration.ToString(), run.FoldSeed, run.Scores, novel, ct);
                if (result.GetValue(predictionsPath) is { } path && !written)
                {
                    written = true;
                    var first = runs.First(r => r.Pooling == PoolingMode.None && r.Thresholds == ThresholdMode.Shared && !r.KeywordVote);
                    await PredictionFile.WriteAsync(path, first.Predictions.Where(e => !AgencyArchive.IsPingtan(e.Gold)).ToList(), ct);
                }
                if (unlabelled is not null)
                {
                    foreach (var tableSize in result.GetValue(tableRows)!)
                    {
                        var kept = tableSize <= 0 ? int.MaxValue : tableSize;
                        var readings = seeds.Select(fs => SupervisionStacking.Evaluate(runs.First(r => r.FoldSeed == fs).Scores, experiment.FoldsFor(fs), unlabelled, PoolingMode.All, kept)).ToList();
                        StackerPrinter.Print($"{configuration}, table rows {(tableSize <= 0 ? "all" : tableSize)}", readings, data.CrossValidated);
                    }
                    unlabelled = null; // the first configuration only
                }
                Console.WriteLine($"# {configuration}: {watch.Elapsed.TotalSeconds:F0} s");
            }
            return 0;
        });
        return command;
    }

    /// <summary>
    /// One line: averages over the fold partitions of the held-out corpus statements' metrics, of the held-out corpus and
    /// sample statements outside Pingtan, and of those outside Pingtan without close text in another agency
    /// (<paramref name="novel"/>, <see cref="CloseText"/>: the figure recipes are chosen on since round 5), with its
    /// standard deviation over the partitions and the first partition's 95 % agency interval.
    /// </summary>
    private static void Print(string name, string pooling, string thresholds, IReadOnlyList<IReadOnlyList<EvaluatedStatement>> partitions,
        IReadOnlySet<LabelledStatement> novel, IReadOnlySet<LabelledStatement> corpusNovel, bool perTheme)
    {
        var runs = partitions.Select(p => MetricsCalculator.Compute(p.Where(e => ThemeDataset.IsCorpus(e.Gold)).ToList())).ToList();
        var outside = partitions.Select(p => MetricsCalculator.Compute(p.Where(e => !AgencyArchive.IsPingtan(e.Gold)).ToList())).ToList();
        var fresh = partitions.Select(p => MetricsCalculator.Compute(p.Where(e => novel.Contains(e.Gold)).ToList())).ToList();
        var mean = fresh.Average(r => r.MacroF1);
        var sd = Math.Sqrt(fresh.Average(r => (r.MacroF1 - mean) * (r.MacroF1 - mean)));
        var line = $"{name}\t{pooling}\t{thresholds}\t{F(runs.Average(r => r.MacroF1))}\t{F(runs.Average(r => r.KindAccuracy))}\t{F(outside.Average(r => r.MacroF1))}\t{F(outside.Average(r => r.KindAccuracy))}\t{Interval(partitions[0].Where(e => !AgencyArchive.IsPingtan(e.Gold)).ToList())}" +
            $"\t{F(mean)}\t{F(sd)}\t{Interval(partitions[0].Where(e => novel.Contains(e.Gold)).ToList())}" +
            $"\t{F(partitions.Average(p => MetricsCalculator.Compute(p.Where(e => corpusNovel.Contains(e.Gold)).ToList()).MacroF1))}";
        if (perTheme)
            line += "\t" + string.Join("\t", ThemeIds.All.Select(t => F(runs.Average(r => r.PerTheme[t].F1)))) +
                "\t" + string.Join("\t", ThemeIds.All.Select(t => F(outside.Average(r => r.PerTheme[t].F1)))) +
                "\t" + string.Join("\t", ThemeIds.All.Select(t => F(fresh.Average(r => r.PerTheme[t].F1))));
        Console.WriteLine(line);
    }

    private static string Interval(IReadOnlyList<EvaluatedStatement> predictions)
    {
        var (low, high) = ThemeIntervals.Of(predictions, resamples: 500).MacroF1;
        return $"{F(low)}-{F(high)}";
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
