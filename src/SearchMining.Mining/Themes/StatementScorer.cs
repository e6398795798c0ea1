using SearchMining.Mining.Features;
using SearchMining.Mining.Model;

namespace SearchMining.Mining.Themes;

/// <summary>
/// Scores statement texts with a model. With clause pooling a theme's probability is the highest of the whole
/// statement's and each clause's; the kind always comes from the whole statement.
/// </summary>
public sealed class StatementScorer(ThemeModel model, StatementRowFactory rows)
{
    public StatementScores Score(string text, bool clausePooling)
    {
        var whole = model.Score(rows.ForPrediction(text));
        if (!clausePooling) return whole;
        var clauses = StatementClauses.Split(StatementText.Normalize(text));
        return clauses.Count == 0 ? whole : Pool(whole, clauses.Select(c => model.Score(rows.ForPrediction(c))));
    }

    public IReadOnlyList<StatementScores> ScoreAll(IReadOnlyList<string> texts, bool clausePooling)
    {
        var clauses = texts.Select(t => clausePooling ? StatementClauses.Split(StatementText.Normalize(t)) : []).ToList();
        var scores = model.ScoreAll(texts.Concat(clauses.SelectMany(c => c)).Select(rows.ForPrediction));
        var next = texts.Count;
        var result = new List<StatementScores>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var count = clauses[i].Count;
            result.Add(count == 0 ? scores[i] : Pool(scores[i], Enumerable.Range(next, count).Select(j => scores[j])));
            next += count;
        }
        return result;
    }

    private static StatementScores Pool(StatementScores whole, IEnumerable<StatementScores> clauses)
    {
        var themes = (float[])whole.ThemeProbabilities.Clone();
        foreach (var clause in clauses)
            for (var i = 0; i < themes.Length && i < clause.ThemeProbabilities.Length; i++)
                themes[i] = Max(themes[i], clause.ThemeProbabilities[i]);
        return new StatementScores { KindScores = whole.KindScores, ThemeProbabilities = themes };
    }

    private static float Max(float a, float b) => float.IsNaN(a) ? b : float.IsNaN(b) ? a : Math.Max(a, b);
}
