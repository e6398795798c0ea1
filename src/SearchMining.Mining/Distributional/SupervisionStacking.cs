using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Training;

namespace SearchMining.Mining.Distributional;

/// <summary>Fits and reads the <see cref="SupervisionStacker"/> on out-of-fold dev scores (round 10, the port of round 9's <c>stack-s-d</c>).</summary>
public static class SupervisionStacking
{
    /// <summary>
    /// Nested reading of one partition: for each fold, a table learnt from every unlabelled sentence but those of the
    /// fold's held-out agencies (round 9's per-fold reading), a stacker fitted on the other folds' statements with it,
    /// applied to the held-out fold after the shared threshold chosen on the other folds.
    /// </summary>
    public static StackedReading Evaluate(OutOfFoldScores scores, IReadOnlyList<IReadOnlySet<string>> folds, IReadOnlyList<UnlabelledSentence> text, PoolingMode pooling, int maxRows = BigramTableBuilder.MaxRows)
    {
        var reference = scores.Evaluate(pooling, ThresholdMode.Shared);
        var pooled = Pooled(pooling);
        var probabilities = Enumerable.Range(0, scores.Statements.Count).Select(i => scores.Probabilities(i, pooled)).ToList();
        var gold = scores.Statements.Select(s => s.Themes.Contains(ThemeIds.Supervision)).ToList();
        var stacked = new EvaluatedStatement[scores.Statements.Count];
        var stackers = new List<SupervisionStacker>();
        foreach (var fold in scores.FoldOf.Distinct().Order())
        {
            var table = BigramTableBuilder.Build(text.Where(s => !folds[fold].Contains(s.Agency)).Select(s => s.Text).ToList(), maxRows);
            var features = scores.Statements.Select(s => table.Features(s.Text)).ToList();
            var training = Enumerable.Range(0, scores.Statements.Count).Where(i => scores.FoldOf[i] != fold).ToList();
            var stacker = SupervisionStacker.Fit(
                training.Select(i => SupervisionStacker.Inputs(probabilities[i], features[i])).ToList(),
                training.Select(i => gold[i]).ToList());
            stackers.Add(stacker);
            for (var i = 0; i < stacked.Length; i++)
                if (scores.FoldOf[i] == fold)
                    stacked[i] = reference[i] with { PredictedThemes = stacker.Apply(reference[i].PredictedThemes, probabilities[i], features[i]) };
        }
        return new StackedReading(reference, stacked, stackers);
    }

    /// <summary>The committed model's stacker: fitted on every dev statement's out-of-fold scores with the full table's features.</summary>
    public static SupervisionStacker Fit(OutOfFoldScores scores, IReadOnlySet<string> pooled, BigramTable table)
    {
        var inputs = scores.Statements.Select((s, i) => SupervisionStacker.Inputs(scores.Probabilities(i, pooled), table.Features(s.Text))).ToList();
        return SupervisionStacker.Fit(inputs, scores.Statements.Select(s => s.Themes.Contains(ThemeIds.Supervision)).ToList());
    }

    private static IReadOnlySet<string> Pooled(PoolingMode pooling) => pooling switch
    {
        PoolingMode.None => new HashSet<string>(),
        PoolingMode.All => StatementScorer.PoolableThemes,
        _ => throw new ArgumentException("the stacker is read with pooling None or All", nameof(pooling)),
    };
}
