using SearchMining.Core.Domain;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Themes;
using Shouldly;

namespace SearchMining.Mining.Tests.Evaluation;

public sealed class AnnotatorAgreementTests
{
    private static LabelledStatement Label(string text, StatementKind kind, params string[] themes) => new(text, "r.txt", "r", kind, themes, false);

    [Fact]
    public void Second_annotator_is_scored_against_the_first_and_the_model_against_both()
    {
        // 040_pingtan_shiyanqu_2022.txt
        LabelledStatement[] first =
        [
            Label("一是重大行政决策预公开程度需进一步加强，意见征集形式较为单一。", StatementKind.Problem, ThemeIds.Coverage, ThemeIds.Interaction),
            Label("三是政策解读形式单一，缺少多个角度多种形式的解读。", StatementKind.Problem, ThemeIds.Interpretation),
        ];
        LabelledStatement[] second =
        [
            Label("一是重大行政决策预公开程度需进一步加强，意见征集形式较为单一。", StatementKind.Problem, ThemeIds.Interaction),
            Label("三是政策解读形式单一，缺少多个角度多种形式的解读。", StatementKind.Measure, ThemeIds.Interpretation),
            Label("a line no one else labelled", StatementKind.Problem, ThemeIds.Other),
        ];
        EvaluatedStatement[] model =
        [
            new(first[0], StatementKind.Problem, [ThemeIds.Coverage, ThemeIds.Interaction]),
            new(first[1], StatementKind.Problem, [ThemeIds.Interpretation]),
        ];

        var a = AnnotatorAgreement.Compute(first, second, model);

        a.Statements.ShouldBe(2);
        a.Unmatched.ShouldBe(1);
        a.SecondVsFirst.PerTheme[ThemeIds.Coverage].ShouldBe(new ThemeScore(0, 0, 1));
        a.SecondVsFirst.MacroF1.ShouldBe((0 + 1 + 1) / 3.0, 1e-12); // coverage, interpretation, interaction
        a.SecondVsFirst.KindAccuracy.ShouldBe(0.5);
        a.ModelVsFirst!.MacroF1.ShouldBe(1);
        a.ModelVsSecond!.PerTheme[ThemeIds.Coverage].ShouldBe(new ThemeScore(0, 1, 0));
        a.ModelVsSecond.KindAccuracy.ShouldBe(0.5);
    }
}
