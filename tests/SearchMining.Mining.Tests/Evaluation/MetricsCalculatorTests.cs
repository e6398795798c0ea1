using SearchMining.Core.Domain;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Themes;
using Shouldly;

namespace SearchMining.Mining.Tests.Evaluation;

public sealed class MetricsCalculatorTests
{
    private static LabelledStatement Gold(StatementKind kind, params string[] themes) => new("x", "r.txt", "r", kind, themes, false);

    [Fact]
    public void Per_theme_counts_macro_f1_and_kind_accuracy_by_hand()
    {
        EvaluatedStatement[] results =
        [
            new(Gold(StatementKind.Problem, ThemeIds.Training), StatementKind.Problem, [ThemeIds.Training]),
            new(Gold(StatementKind.Measure, ThemeIds.Training, ThemeIds.Channels), StatementKind.Problem, [ThemeIds.Channels]),
            new(Gold(StatementKind.Measure, ThemeIds.Coverage), StatementKind.Measure, [ThemeIds.Training]),
        ];
        var m = MetricsCalculator.Compute(results);
        m.PerTheme[ThemeIds.Training].ShouldBe(new ThemeScore(1, 1, 1));
        m.PerTheme[ThemeIds.Channels].ShouldBe(new ThemeScore(1, 0, 0));
        m.PerTheme[ThemeIds.Coverage].ShouldBe(new ThemeScore(0, 0, 1));
        m.PerTheme[ThemeIds.Training].F1.ShouldBe(0.5);
        m.MacroF1.ShouldBe((0.5 + 1 + 0) / 3, 1e-12); // themes with no gold positive are left out
        m.KindAccuracy.ShouldBe(2.0 / 3, 1e-12);
    }
}
