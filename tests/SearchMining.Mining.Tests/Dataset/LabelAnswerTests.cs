using SearchMining.Core.Domain;
using SearchMining.Mining.Dataset;
using Shouldly;

namespace SearchMining.Mining.Tests.Dataset;

public sealed class LabelAnswerTests
{
    [Fact]
    public void Empty_answer_accepts_the_suggestion()
    {
        var answer = LabelAnswer.Parse("", StatementKind.Measure, ["training"]);
        answer.Action.ShouldBe(LabelAnswerAction.Label);
        answer.Kind.ShouldBe(StatementKind.Measure);
        answer.Themes.ShouldBe(["training"]);
    }

    [Fact]
    public void Kind_and_themes_override_the_suggestion()
    {
        var answer = LabelAnswer.Parse("p channels，interaction", StatementKind.Measure, ["training"]);
        answer.Action.ShouldBe(LabelAnswerAction.Label);
        answer.Kind.ShouldBe(StatementKind.Problem);
        answer.Themes.ShouldBe(["channels", "interaction"]);
    }

    [Fact]
    public void Unknown_theme_or_kind_is_invalid_and_explained()
    {
        LabelAnswer.Parse("m weather", StatementKind.Measure, []).Error!.ShouldContain("unknown theme 'weather'");
        LabelAnswer.Parse("x training", StatementKind.Measure, []).Error!.ShouldContain("unknown kind 'x'");
        LabelAnswer.Parse("", StatementKind.Measure, []).Action.ShouldBe(LabelAnswerAction.Invalid);
    }

    [Fact]
    public void End_of_input_quits()
    {
        LabelAnswer.Parse(null, StatementKind.Measure, ["training"]).Action.ShouldBe(LabelAnswerAction.Quit);
        LabelAnswer.Parse("s", StatementKind.Measure, ["training"]).Action.ShouldBe(LabelAnswerAction.Skip);
    }
}
