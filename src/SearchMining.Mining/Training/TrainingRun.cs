using System.Diagnostics;
using SearchMining.Core.Domain;
using SearchMining.Mining.Baseline;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Distributional;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Features;
using SearchMining.Mining.Model;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Training;

/// <summary>
/// The whole `train` procedure: agency-grouped cross-validation on the dev split (model, model without synthetic
/// statements, rule baselines, other fold partitions), thresholds from the out-of-fold dev scores, the committed model
/// fitted on every dev statement, and — only when asked — one scoring of the frozen test split to report.
/// </summary>
public sealed class TrainingRun(StatementRowFactory rows, TrainingOptions options, IReadOnlyList<RuleBaseline> baselines)
{
    public const string PrimaryBaseline = "THEMES.md keywords";

    public TrainingReport Run(ThemeDataset data, TrainingInputs inputs, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var dev = EvaluateDev(data, inputs, ct);
        var builder = new ThemeModelBuilder(rows, options);
        var training = data.Training(options.Sources);
        var model = builder.Fit(training, dev.Thresholds, dev.PooledThemes, dev.Evaluation.Model);
        StackerEvaluation? stacker = null;
        if (inputs.Unlabelled is { Count: > 0 } text)
        {
            ct.ThrowIfCancellationRequested();
            (model, stacker) = Stack(data, model, dev, text);
        }
        TestEvaluation? test = null;
        if (inputs.ScoreTest)
        {
            ct.ThrowIfCancellationRequested();
            test = ScoreTest(data, model, training, inputs.ParserKinds);
        }
        var manifest = model.Manifest with
        {
            DataVersion = inputs.DataVersion,
            CorpusDataVersion = inputs.CorpusDataVersion,
            TokenizationFingerprint = TokenizationFingerprint.Of(rows, training.Select(s => s.Text)),
            TrainedOn = inputs.TrainedOn,
            TestAgencies = data.TestAgencies,
            KeywordThemes = ThemeIds.All.Where(dev.VotingThemes.Contains).ToList(),
            TestMetrics = test?.All.Model,
        };
        return new TrainingReport(options, SourceCounts.Of(data), data.Excluded, dev.Evaluation, test, inputs.Agreement, model.WithManifest(manifest), watch.Elapsed, stacker);
    }

    /// <summary>
    /// Round 10: the bigram table learnt from every dev report's sections 一 and 五, the supervision stacker fitted on the
    /// first partition's out-of-fold scores with it, and the nested reading of that partition (each fold's table without
    /// its held-out agencies' reports) for the card.
    /// </summary>
    private (ThemeModel Model, StackerEvaluation Evaluation) Stack(ThemeDataset data, ThemeModel model,
        (DevEvaluation Evaluation, IReadOnlyDictionary<string, double> Thresholds, IReadOnlySet<string> PooledThemes, IReadOnlySet<string> VotingThemes, OutOfFoldScores Scores, IReadOnlyList<IReadOnlySet<string>> Folds) dev,
        IReadOnlyList<UnlabelledSentence> text)
    {
        var table = BigramTableBuilder.Build(text.Select(s => s.Text).ToList());
        var stacker = SupervisionStacking.Fit(dev.Scores, dev.PooledThemes, table);
        var reading = SupervisionStacking.Evaluate(dev.Scores, dev.Folds, text, options.Pooling == PoolingMode.None ? PoolingMode.None : PoolingMode.All);
        var fresh = CloseText.Novel(data.CrossValidated, data.CrossValidated);
        var reference = reading.Reference.Where(e => fresh.Contains(e.Gold)).ToList();
        var stacked = reading.Stacked.Where(e => fresh.Contains(e.Gold)).ToList();
        var supervision = ThemeIds.All.ToList().IndexOf(ThemeIds.Supervision);
        var evaluation = new StackerEvaluation(table.Count, table.Sentences, table.Fingerprint, stacker, table.Nearest(supervision, 12),
            MetricsCalculator.Compute(reference), MetricsCalculator.Compute(stacked), Lead(stacked, reference));
        return (model.WithStacker(table, stacker), evaluation);
    }

    private (DevEvaluation Evaluation, IReadOnlyDictionary<string, double> Thresholds, IReadOnlySet<string> PooledThemes, IReadOnlySet<string> VotingThemes, OutOfFoldScores Scores, IReadOnlyList<IReadOnlySet<string>> Folds) EvaluateDev(ThemeDataset data, TrainingInputs inputs, CancellationToken ct)
    {
        var folds = AgencyFolds.Assign(data.FoldAgencies, options.Folds, options.FoldSeed);
        var cv = new DevCrossValidation(rows, options);
        var scores = cv.Score(data, folds, ct: ct);
        static List<EvaluatedStatement> Corpus(IEnumerable<EvaluatedStatement> p) => p.Where(e => ThemeDataset.IsCorpus(e.Gold)).ToList();
        static List<EvaluatedStatement> Outside(IEnumerable<EvaluatedStatement> p) => p.Where(e => !AgencyArchive.IsPingtan(e.Gold)).ToList();
        var scored = scores.Evaluate(options.Pooling, options.Thresholds, options.KeywordVote);
        var predictions = Corpus(scored);
        var withoutSynthetic = Corpus(cv.Score(data, folds, options.Sources & ~TrainingSources.Synthetic, ct).Evaluate(options.Pooling, options.Thresholds, options.KeywordVote));
        var baselineScored = baselines.ToDictionary(b => b.Name, b => DevCrossValidation.Baseline(b, data, folds, options.Sources));
        var baselinePredictions = baselineScored.ToDictionary(b => b.Key, b => (IReadOnlyList<EvaluatedStatement>)Corpus(b.Value));
        var partitions = new List<SeedRun> { Run(options.FoldSeed, predictions) };
        var nonPingtan = Outside(scored);
        foreach (var seed in inputs.OtherFoldSeeds.Where(s => s != options.FoldSeed).Distinct())
        {
            var other = Corpus(cv.Score(data, AgencyFolds.Assign(data.FoldAgencies, options.Folds, seed), ct: ct).Evaluate(options.Pooling, options.Thresholds, options.KeywordVote));
            partitions.Add(Run(seed, other));
        }
        var novel = CloseText.WithoutCloseText(predictions, data.CrossValidated);
        var evaluation = new DevEvaluation(
            folds.Count,
            options.FoldSeed,
            data.DevAgencies.Count,
            MetricsCalculator.Compute(predictions),
            MetricsCalculator.Compute(withoutSynthetic),
            Lead(predictions, withoutSynthetic),
            baselinePredictions.ToDictionary(b => b.Key, b => MetricsCalculator.Compute(b.Value)),
            baselinePredictions.ToDictionary(b => b.Key, b => Lead(predictions, b.Value)),
            partitions,
            KindAgreement.Of(predictions, inputs.ParserKinds),
            predictions,
            MetricsCalculator.Compute(nonPingtan),
            nonPingtan.Select(p => ThemeDataset.AgencyOf(p.Gold)).Distinct(StringComparer.Ordinal).Count(),
            baselineScored.ToDictionary(b => b.Key, b => MetricsCalculator.Compute(Outside(b.Value))),
            baselineScored.ToDictionary(b => b.Key, b => Lead(nonPingtan, Outside(b.Value))),
            MetricsCalculator.Compute(novel),
            ThemeIntervals.Of(novel),
            EvaluateOutside(data, cv, inputs.OtherFoldSeeds.Count > 0, inputs.OtherFoldSeeds, ct));
        var (pooled, thresholds) = scores.Choose(options.Pooling, options.Thresholds);
        var voting = options.KeywordVote ? scores.ChooseVotingThemes(pooled, thresholds) : new HashSet<string>();
        return (evaluation, thresholds, pooled, voting, scores, folds);
    }

    /// <summary>
    /// The honest proxy of a new agency: folds over the agencies outside Pingtan only (Pingtan always in training), each
    /// fold's thresholds chosen on the other folds' held-out statements; baselines on the same folds; with
    /// <paramref name="withoutSynthetic"/> also the synthetic statements' effect there; the figures without close text
    /// (<see cref="CloseText"/>), and the same proxy with the <paramref name="otherFoldSeeds"/> partitions. Null with
    /// fewer than two agencies outside Pingtan.
    /// </summary>
    public OutsideEvaluation? EvaluateOutside(ThemeDataset data, DevCrossValidation cv, bool withoutSynthetic, IReadOnlyList<int> otherFoldSeeds, CancellationToken ct)
    {
        var folds = AgencyFolds.AssignOutside(data.FoldAgencies, options.Folds, options.FoldSeed);
        if (folds.Count < 2) return null; // fewer than two agencies outside Pingtan: no proxy
        var predictions = cv.Score(data, folds, ct: ct).Evaluate(options.Pooling, options.Thresholds, options.KeywordVote);
        var novelStatements = CloseText.Novel(predictions.Select(p => p.Gold), data.CrossValidated);
        List<EvaluatedStatement> Novel(IEnumerable<EvaluatedStatement> p) => p.Where(e => novelStatements.Contains(e.Gold)).ToList();
        var novel = Novel(predictions);
        var partitions = new List<OutsidePartition> { new(options.FoldSeed, MetricsCalculator.Compute(predictions).MacroF1, MetricsCalculator.Compute(novel).MacroF1) };
        foreach (var seed in otherFoldSeeds.Where(s => s != options.FoldSeed).Distinct())
        {
            var other = cv.Score(data, AgencyFolds.AssignOutside(data.FoldAgencies, options.Folds, seed), ct: ct).Evaluate(options.Pooling, options.Thresholds, options.KeywordVote);
            partitions.Add(new OutsidePartition(seed, MetricsCalculator.Compute(other).MacroF1, MetricsCalculator.Compute(Novel(other)).MacroF1));
        }
        var baselinePredictions = baselines.ToDictionary(b => b.Name, b => DevCrossValidation.Baseline(b, data, folds, options.Sources));
        var synthetic = withoutSynthetic
            ? Lead(predictions, cv.Score(data, folds, options.Sources & ~TrainingSources.Synthetic, ct).Evaluate(options.Pooling, options.Thresholds, options.KeywordVote))
            : null;
        return new OutsideEvaluation(
            folds.Count,
            predictions.Select(p => ThemeDataset.AgencyOf(p.Gold)).Distinct(StringComparer.Ordinal).Count(),
            MetricsCalculator.Compute(predictions),
            ThemeIntervals.Of(predictions),
            baselinePredictions.ToDictionary(b => b.Key, b => MetricsCalculator.Compute(b.Value)),
            baselinePredictions.ToDictionary(b => b.Key, b => Lead(predictions, b.Value)),
            synthetic,
            MetricsCalculator.Compute(novel),
            ThemeIntervals.Of(novel),
            partitions);
    }

    private TestEvaluation ScoreTest(ThemeDataset data, ThemeModel model, IReadOnlyList<LabelledStatement> training,
        IReadOnlyDictionary<string, StatementKind>? parserKinds)
    {
        var test = data.TestSplitForReport();
        var seen = training.Select(s => s.Text.Trim()).ToHashSet(StringComparer.Ordinal);
        var predictions = MetricsCalculator.Predict(new ThemeClassifier(model, rows), test);
        var rules = baselines.ToDictionary(b => b.Name, b => MetricsCalculator.Predict(b.Fit(training), test));
        TestScore Score(Func<LabelledStatement, bool> keep)
        {
            var mine = predictions.Where(p => keep(p.Gold)).ToList();
            var theirs = rules.ToDictionary(r => r.Key, r => (IReadOnlyList<EvaluatedStatement>)r.Value.Where(p => keep(p.Gold)).ToList());
            return new TestScore(mine.Count, MetricsCalculator.Compute(mine),
                theirs.ToDictionary(r => r.Key, r => MetricsCalculator.Compute(r.Value)),
                theirs.ToDictionary(r => r.Key, r => Lead(mine, r.Value)),
                KindAgreement.Of(mine, parserKinds));
        }
        return new TestEvaluation(data.TestAgencies.Count, Score(_ => true), Score(s => !seen.Contains(s.Text.Trim())));
    }

    private static SeedRun Run(int seed, IReadOnlyList<EvaluatedStatement> predictions)
    {
        var m = MetricsCalculator.Compute(predictions);
        return new SeedRun(seed, m.MacroF1, m.KindAccuracy);
    }

    /// <summary>Macro-F1 difference with a bootstrap over agencies (an agency's statements resampled together).</summary>
    private static BootstrapDifference Lead(IReadOnlyList<EvaluatedStatement> first, IReadOnlyList<EvaluatedStatement> second) =>
        PairedBootstrap.MacroF1Difference(first, second, unit: ThemeDataset.AgencyOf);
}
