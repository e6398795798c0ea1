namespace SearchMining.Mining.Evaluation;

/// <summary>
/// Scores of a classifier over a set of statements. <see cref="MacroF1"/> averages the F1 of every theme that has at
/// least one gold positive in the set (a theme nobody labelled has no defined recall).
/// </summary>
public sealed record ClassificationMetrics(
    int Statements,
    double KindAccuracy,
    double MacroF1,
    IReadOnlyDictionary<string, ThemeScore> PerTheme);
