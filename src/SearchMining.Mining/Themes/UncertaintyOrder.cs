using SearchMining.Core.Classification;

namespace SearchMining.Mining.Themes;

/// <summary>
/// Active-learning order for `searchmining label`: a statement's margin is how close its nearest theme decision is to
/// flipping (the smallest |score − threshold| over the themes), and the statements the model is least sure of — the
/// smallest margins — are offered first, where a label teaches the model most.
/// </summary>
public static class UncertaintyOrder
{
    public static double Margin(StatementClassification classification, IReadOnlyDictionary<string, double> thresholds) =>
        classification.ThemeScores.Count == 0
            ? 0
            : classification.ThemeScores.Min(s => Math.Abs(s.Value - (thresholds.TryGetValue(s.Key, out var t) ? t : 0.5)));

    /// <summary>Indexes of the classifications, least sure first (ties keep the given order).</summary>
    public static IReadOnlyList<int> LeastSureFirst(IReadOnlyList<StatementClassification> classifications, IReadOnlyDictionary<string, double> thresholds) =>
        Enumerable.Range(0, classifications.Count).OrderBy(i => Margin(classifications[i], thresholds)).ToList();
}
