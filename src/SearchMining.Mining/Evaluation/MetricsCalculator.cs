using SearchMining.Core.Classification;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Evaluation;

/// <summary>Computes per-theme precision/recall/F1, macro-F1 and kind accuracy (counts pooled over all given statements).</summary>
public static class MetricsCalculator
{
    public static IReadOnlyList<EvaluatedStatement> Predict(IStatementClassifier classifier, IEnumerable<LabelledStatement> gold) =>
        gold.Select(g =>
        {
            var c = classifier.Classify(g.Text);
            return new EvaluatedStatement(g, c.Kind, c.Themes);
        }).ToList();

    public static ClassificationMetrics Compute(IReadOnlyList<EvaluatedStatement> results)
    {
        var perTheme = new Dictionary<string, ThemeScore>();
        foreach (var theme in ThemeIds.All)
        {
            perTheme[theme] = ThemeScore.Count(results.Select(r => (r.Gold.Themes.Contains(theme), r.PredictedThemes.Contains(theme))));
        }
        var supported = perTheme.Values.Where(s => s.Support > 0).ToList();
        var macro = supported.Count == 0 ? 0 : supported.Average(s => s.F1);
        var kindAccuracy = results.Count == 0 ? 0 : (double)results.Count(r => r.PredictedKind == r.Gold.Kind) / results.Count;
        return new ClassificationMetrics(results.Count, kindAccuracy, macro, perTheme);
    }
}
