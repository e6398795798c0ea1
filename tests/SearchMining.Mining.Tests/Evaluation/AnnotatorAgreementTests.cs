using SearchMining.Core.Domain;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using Shouldly;

namespace SearchMining.Mining.Tests.Evaluation;

public sealed class AnnotatorAgreementTests
{
    private static LabelledStatement Label(string id, string text, StatementKind kind, params string[] themes) =>
        new(text, "g040.txt", "r", kind, themes, false, Id: id);

    [Fact]
    public void Second_annotator_is_matched_by_id_and_scored_against_the_first_with_kappa_per_theme()
    {
        // 040_pingtan_shiyanqu_2022.txt
        LabelledStatement[] first =
        [
            Label("g040@1-2", "一是重大行政决策预公开程度需进一步加强，意见征集形式较为单一。", StatementKind.Problem, ThemeIds.Coverage, ThemeIds.Interaction),
            Label("g040@2-3", "三是政策解读形式单一，缺少多个角度多种形式的解读。", StatementKind.Problem, ThemeIds.Interpretation),
            Label("g040@3-4", "下一步，将加强政策解读。", StatementKind.Measure, ThemeIds.Interpretation),
            Label("g040@4-5", "四是加强业务培训。", StatementKind.Measure, ThemeIds.Training),
        ];
        LabelledStatement[] second =
        [
            Label("g040@1-2", "text may differ in the second file", StatementKind.Problem, ThemeIds.Interaction),
            Label("g040@2-3", "三是政策解读形式单一，缺少多个角度多种形式的解读。", StatementKind.Measure, ThemeIds.Interpretation),
            Label("g040@3-4", "下一步，将加强政策解读。", StatementKind.Measure, ThemeIds.Interpretation),
            Label("g040@4-5", "四是加强业务培训。", StatementKind.Measure, ThemeIds.Training),
            Label("g999@1-2", "a line no one else labelled", StatementKind.Problem, ThemeIds.Other),
        ];

        var a = AnnotatorAgreement.Compute(first, second);

        a.Statements.ShouldBe(4);
        a.Unmatched.ShouldBe(1);
        a.SecondVsFirst.PerTheme[ThemeIds.Coverage].ShouldBe(new ThemeScore(0, 0, 1));
        a.SecondVsFirst.KindAccuracy.ShouldBe(0.75);
        a.ThemeKappa[ThemeIds.Interpretation].ShouldBe(1);
        a.ThemeKappa[ThemeIds.Coverage].ShouldBe(0); // one positive for A, none for B: no agreement beyond chance
        // kind: observed 3/4; chance = P(A problem)·P(B problem) + P(A measure)·P(B measure) = 2/4·1/4 + 2/4·3/4 = 1/2
        a.KindKappa.ShouldBe((0.75 - 0.5) / (1 - 0.5), 1e-12);
    }
}
