using SearchMining.Core.Classification;
using SearchMining.Core.Domain;
using SearchMining.Mining.Features;
using SearchMining.Mining.Model;

namespace SearchMining.Mining.Themes;

/// <summary>
/// The ML.NET theme classifier of section-五 statements (<see cref="IStatementClassifier"/>). Thread-safe: the model
/// pools its prediction engines and the tokenizer is stateless per call.
/// </summary>
public sealed class ThemeClassifier(ThemeModel model, StatementRowFactory rows) : IStatementClassifier
{
    public ThemeModel Model => model;

    public StatementClassification Classify(string statementText) => Classify(statementText, themesOnly: false);

    /// <summary>The themes of <see cref="Classify(string)"/>, without running the kind model (ingestion keeps the parser's kind).</summary>
    public IReadOnlyList<string> Themes(string statementText) => Classify(statementText, themesOnly: true).Themes;

    private StatementClassification Classify(string statementText, bool themesOnly)
    {
        if (string.IsNullOrWhiteSpace(statementText))
            return new StatementClassification(StatementKind.Problem, [], new Dictionary<string, double>(), 0);
        var scores = new StatementScorer(model, rows).Score(statementText, model.Manifest.PooledThemeSet, themesOnly);
        var decided = ThemeDecision.Decide(scores, model.Manifest.Thresholds);
        if (model.Manifest.KeywordThemes.Count > 0)
        {
            var voting = model.Manifest.KeywordThemes.ToHashSet(StringComparer.Ordinal);
            decided = decided with { Themes = KeywordVote.Apply(decided.Themes, KeywordVote.Mentioned(statementText), voting) };
        }
        if (model.Manifest.SupervisionStacker is not { } stacker || model.Bigrams is not { } bigrams) return decided;
        var probabilities = ThemeIds.All.Select(t => decided.ThemeScores.GetValueOrDefault(t)).ToList();
        return decided with { Themes = stacker.Apply(decided.Themes, probabilities, bigrams.Features(statementText)) };
    }
}
