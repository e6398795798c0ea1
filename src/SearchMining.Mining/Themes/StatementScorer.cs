using SearchMining.Mining.Features;
using SearchMining.Mining.Model;

namespace SearchMining.Mining.Themes;

/// <summary>
/// Scores statement texts with a model. With clause pooling a pooled theme's probability is the highest of the whole
/// statement's and each clause's (the labelling rule gives each weakness or action of a multi-clause statement its
/// theme); <c>other</c> is never pooled, and the kind always comes from the whole statement.
/// </summary>
public sealed class StatementScorer(ThemeModel model, StatementRowFactory rows)
{
    /// <summary>Every theme that may be pooled: all but <c>other</c>, which means that no theme fits the statement as a whole (a content-free clause would raise it).</summary>
    public static IReadOnlySet<string> PoolableThemes { get; } = ThemeIds.All.Where(t => t != ThemeIds.Other).ToHashSet();

    public StatementScores Score(string text, bool clausePooling) => Score(text, clausePooling ? PoolableThemes : Empty);

    /// <param name="themesOnly">Leave the kind scores empty (the kind model is not run).</param>
    public StatementScores Score(string text, IReadOnlySet<string> pooledThemes, bool themesOnly = false)
    {
        StatementScores Of(string t) => themesOnly ? model.ScoreThemes(rows.ForPrediction(t, model.ReadsGrams)) : model.Score(rows.ForPrediction(t, model.ReadsGrams));
        var whole = Of(text);
        if (!pooledThemes.Any(PoolableThemes.Contains)) return whole;
        var clauses = StatementClauses.Split(StatementText.Normalize(text));
        return clauses.Count == 0 ? whole : Pool(whole, clauses.Select(Of), pooledThemes);
    }

    public IReadOnlyList<StatementScores> ScoreAll(IReadOnlyList<string> texts, bool clausePooling) => ScoreAll(texts, clausePooling ? PoolableThemes : Empty);

    public IReadOnlyList<StatementScores> ScoreAll(IReadOnlyList<string> texts, IReadOnlySet<string> pooledThemes)
    {
        var pooling = pooledThemes.Any(PoolableThemes.Contains);
        var clauses = texts.Select(t => pooling ? StatementClauses.Split(StatementText.Normalize(t)) : []).ToList();
        var scores = model.ScoreAll(texts.Concat(clauses.SelectMany(c => c)).Select(rows.ForPrediction));
        var next = texts.Count;
        var result = new List<StatementScores>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var count = clauses[i].Count;
            result.Add(count == 0 ? scores[i] : Pool(scores[i], Enumerable.Range(next, count).Select(j => scores[j]), pooledThemes));
            next += count;
        }
        return result;
    }

    private static readonly IReadOnlySet<string> Empty = new HashSet<string>();

    private static StatementScores Pool(StatementScores whole, IEnumerable<StatementScores> clauses, IReadOnlySet<string> pooledThemes)
    {
        var themes = (float[])whole.ThemeProbabilities.Clone();
        var pooled = Enumerable.Range(0, Math.Min(themes.Length, ThemeIds.All.Count))
            .Where(i => PoolableThemes.Contains(ThemeIds.All[i]) && pooledThemes.Contains(ThemeIds.All[i])).ToList();
        foreach (var clause in clauses)
            foreach (var i in pooled)
                if (i < clause.ThemeProbabilities.Length) themes[i] = Max(themes[i], clause.ThemeProbabilities[i]);
        return new StatementScores { KindScores = whole.KindScores, ThemeProbabilities = themes };
    }

    private static float Max(float a, float b) => float.IsNaN(a) ? b : float.IsNaN(b) ? a : Math.Max(a, b);
}
