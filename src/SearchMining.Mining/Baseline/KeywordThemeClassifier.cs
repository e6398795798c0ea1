using SearchMining.Core.Classification;
using SearchMining.Core.Domain;
using SearchMining.Core.Normalization;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Baseline;

/// <summary>
/// A rule baseline the model is measured against: a theme is present when one of its keywords occurs (else
/// <c>other</c>), read on the text folded to Simplified like the parser's; the kind follows cue words (整改 → rectification, more problem cues than measure cues → problem,
/// else measure).
/// </summary>
public sealed class KeywordThemeClassifier(CueLexicon lexicon) : IStatementClassifier
{
    public CueLexicon Lexicon => lexicon;

    public StatementClassification Classify(string statementText)
    {
        var text = ChineseCharacterFold.Fold(statementText ?? "");
        var scores = ThemeIds.All.ToDictionary(t => t, t => lexicon.Mentions(text, t) ? 1.0 : 0.0);
        var themes = ThemeIds.All.Where(t => scores[t] > 0).ToList();
        if (themes.Count == 0)
        {
            themes.Add(ThemeIds.Other);
            scores[ThemeIds.Other] = 1.0;
        }
        return new StatementClassification(Kind(text), themes, scores, 1.0);
    }

    private StatementKind Kind(string text)
    {
        if (text.Contains("整改") || (text.Contains("针对") && text.Contains("问题") && !text.Contains('将'))) return StatementKind.Rectification;
        var problem = lexicon.ProblemCues.Count(text.Contains);
        var measure = lexicon.MeasureCues.Count(text.Contains);
        return problem > measure ? StatementKind.Problem : measure > 0 ? StatementKind.Measure : StatementKind.Problem;
    }
}
