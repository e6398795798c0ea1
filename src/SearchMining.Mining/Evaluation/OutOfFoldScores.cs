using SearchMining.Mining.Dataset;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Training;

namespace SearchMining.Mining.Evaluation;

/// <summary>
/// Scores of every dev statement from a model that never saw its agency (agency-grouped cross-validation), with and
/// without clause pooling, and the fold each statement was held out in. The pooled themes and the thresholds are
/// chosen from these scores.
/// </summary>
public sealed record OutOfFoldScores(
    IReadOnlyList<LabelledStatement> Statements,
    IReadOnlyList<int> FoldOf,
    IReadOnlyList<StatementScores> Whole,
    IReadOnlyList<StatementScores> Pooled)
{
    public int Folds => FoldOf.Count == 0 ? 0 : FoldOf.Max() + 1;

    /// <summary>Pooled themes and thresholds chosen on the scores of every dev statement (the committed model's).</summary>
    public (IReadOnlySet<string> PooledThemes, IReadOnlyDictionary<string, double> Thresholds) Choose(PoolingMode pooling, ThresholdMode mode) =>
        Choose(Enumerable.Range(0, Statements.Count).ToList(), pooling, mode);

    /// <summary>
    /// Predictions of every dev statement, each decided with the pooled themes and thresholds chosen on the scores of
    /// the <em>other</em> folds' statements only, so a held-out fold's labels never pick its own settings.
    /// </summary>
    public IReadOnlyList<EvaluatedStatement> Evaluate(PoolingMode pooling, ThresholdMode mode, bool keywordVote = false)
    {
        var result = new EvaluatedStatement[Statements.Count];
        for (var fold = 0; fold < Folds; fold++)
        {
            var others = Enumerable.Range(0, Statements.Count).Where(i => FoldOf[i] != fold).ToList();
            var (pooled, thresholds) = Choose(others, pooling, mode);
            var voting = keywordVote ? VotingThemes(others, pooled, thresholds) : new HashSet<string>();
            for (var i = 0; i < Statements.Count; i++)
            {
                if (FoldOf[i] != fold) continue;
                var c = ThemeDecision.Decide(Mixed(i, pooled), thresholds);
                result[i] = new EvaluatedStatement(Statements[i], c.Kind, KeywordVote.Apply(c.Themes, Mentioned(i), voting));
            }
        }
        return result;
    }

    /// <summary>The themes whose keyword vote raises their F1 on the scores of every dev statement (the committed model's), given its pooling and thresholds.</summary>
    public IReadOnlySet<string> ChooseVotingThemes(IReadOnlySet<string> pooled, IReadOnlyDictionary<string, double> thresholds) =>
        VotingThemes(Enumerable.Range(0, Statements.Count).ToList(), pooled, thresholds);

    /// <summary>A theme votes when adding it wherever THEMES.md keywords name it raises its F1 on these statements.</summary>
    private HashSet<string> VotingThemes(IReadOnlyList<int> indexes, IReadOnlySet<string> pooled, IReadOnlyDictionary<string, double> thresholds)
    {
        var decided = indexes.Select(i => (Gold: Statements[i].Themes, Themes: ThemeDecision.Decide(Mixed(i, pooled), thresholds).Themes, Mentioned: Mentioned(i))).ToList();
        var voting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var theme in ThemeIds.All.Where(t => t != ThemeIds.Other))
        {
            var without = ThemeScore.Count(decided.Select(d => (d.Gold.Contains(theme), d.Themes.Contains(theme)))).F1;
            var with = ThemeScore.Count(decided.Select(d => (d.Gold.Contains(theme), d.Themes.Contains(theme) || d.Mentioned.Contains(theme)))).F1;
            if (with > without + 1e-9) voting.Add(theme);
        }
        return voting;
    }

    private IReadOnlySet<string> Mentioned(int i) => _mentioned[i] ??= KeywordVote.Mentioned(Statements[i].Text);

    private readonly IReadOnlySet<string>?[] _mentioned = new IReadOnlySet<string>?[Statements.Count];

    private (IReadOnlySet<string> PooledThemes, IReadOnlyDictionary<string, double> Thresholds) Choose(IReadOnlyList<int> indexes, PoolingMode pooling, ThresholdMode mode)
    {
        IReadOnlySet<string> pooled = pooling switch
        {
            PoolingMode.All => StatementScorer.PoolableThemes,
            PoolingMode.PerTheme => StatementScorer.PoolableThemes.Where(t => PoolingHelps(indexes, t)).ToHashSet(),
            _ => new HashSet<string>(),
        };
        var thresholds = ThresholdSelector.Select(indexes.Select(i => new ScoredStatement(Statements[i], Mixed(i, pooled))).ToList(), mode);
        return (pooled, thresholds);
    }

    /// <summary>Pooling a theme helps when its best F1 over the threshold grid is higher on the pooled scores than on the whole statement's.</summary>
    private bool PoolingHelps(IReadOnlyList<int> indexes, string theme)
    {
        var t = ThemeIds.All.ToList().IndexOf(theme);
        double Best(IReadOnlyList<StatementScores> scores) =>
            ThresholdSelector.BestF1(indexes.Select(i => (Statements[i].Themes.Contains(theme), (double)scores[i].ThemeProbabilities[t])).ToList());
        return Best(Pooled) > Best(Whole) + 1e-9;
    }

    /// <summary>Statement <paramref name="i"/>'s theme probabilities, pooled for the <paramref name="pooled"/> themes (<see cref="ThemeIds.All"/> order).</summary>
    public double[] Probabilities(int i, IReadOnlySet<string> pooled) =>
        Mixed(i, pooled).ThemeProbabilities.Select(p => float.IsNaN(p) ? 0 : Math.Clamp((double)p, 0, 1)).ToArray();

    private StatementScores Mixed(int i, IReadOnlySet<string> pooled)
    {
        if (pooled.Count == 0) return Whole[i];
        var themes = (float[])Whole[i].ThemeProbabilities.Clone();
        for (var t = 0; t < themes.Length && t < ThemeIds.All.Count; t++)
            if (pooled.Contains(ThemeIds.All[t])) themes[t] = Pooled[i].ThemeProbabilities[t];
        return new StatementScores { KindScores = Whole[i].KindScores, ThemeProbabilities = themes };
    }
}
