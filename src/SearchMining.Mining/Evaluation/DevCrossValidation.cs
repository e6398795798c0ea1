using SearchMining.Mining.Baseline;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Training;

namespace SearchMining.Mining.Evaluation;

/// <summary>
/// Agency-grouped cross-validation on the dev split: each fold holds whole dev agencies; the model of a fold trains on
/// the chosen sources minus every statement of those agencies (corpus and samples alike; synthetic statements are
/// never held out, never scored) and scores the held-out agencies' corpus and sample statements. The test split is not touched.
/// </summary>
public sealed class DevCrossValidation(StatementRowFactory rows, TrainingOptions options)
{
    /// <summary>Out-of-fold scores of every dev statement, the model trained on <paramref name="sources"/> (default: the options').</summary>
    public OutOfFoldScores Score(ThemeDataset data, IReadOnlyList<IReadOnlySet<string>> folds, TrainingSources? sources = null, CancellationToken ct = default)
    {
        var builder = new ThemeModelBuilder(rows, options);
        var statements = new List<LabelledStatement>();
        var foldOf = new List<int>();
        var whole = new List<StatementScores>();
        var pooled = new List<StatementScores>();
        for (var k = 0; k < folds.Count; k++)
        {
            ct.ThrowIfCancellationRequested();
            var test = HeldOut(data, folds[k]);
            if (test.Count == 0) continue;
            using var model = builder.Fit(data.Training(sources ?? options.Sources, folds[k]));
            var scorer = new StatementScorer(model, rows);
            var texts = test.Select(s => s.Text).ToList();
            statements.AddRange(test);
            foldOf.AddRange(test.Select(_ => k));
            whole.AddRange(scorer.ScoreAll(texts, clausePooling: false));
            pooled.AddRange(scorer.ScoreAll(texts, clausePooling: true));
        }
        return new OutOfFoldScores(statements, foldOf, whole, pooled);
    }

    /// <summary>A rule baseline's predictions on the same statements in the same order, fitted per fold on the same training statements.</summary>
    public static IReadOnlyList<EvaluatedStatement> Baseline(RuleBaseline baseline, ThemeDataset data, IReadOnlyList<IReadOnlySet<string>> folds,
        TrainingSources sources)
    {
        var result = new List<EvaluatedStatement>();
        for (var k = 0; k < folds.Count; k++)
        {
            var test = HeldOut(data, folds[k]);
            if (test.Count == 0) continue;
            result.AddRange(MetricsCalculator.Predict(baseline.Fit(data.Training(sources, folds[k])), test));
        }
        return result;
    }

    private static List<LabelledStatement> HeldOut(ThemeDataset data, IReadOnlySet<string> fold) =>
        data.CrossValidated.Where(s => fold.Contains(ThemeDataset.AgencyOf(s))).ToList();
}
