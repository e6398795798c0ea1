using SearchMining.Core.Domain;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Themes;
using Shouldly;

namespace SearchMining.Mining.Tests.Evaluation;

/// <summary>The report bootstrap behind the card's "clear margin" verdicts.</summary>
public sealed class PairedBootstrapTests
{
    private static readonly string[] Themes = [ThemeIds.Training, ThemeIds.Channels, ThemeIds.Coverage];

    private static List<LabelledStatement> Gold(int reports) =>
        Enumerable.Range(0, reports * 3).Select(i => new LabelledStatement($"s{i}", $"r{i / 3}.txt", $"r{i / 3}", StatementKind.Problem, [Themes[i % 3]], false)).ToList();

    [Fact]
    public void A_classifier_against_itself_has_no_lead_and_is_never_ahead()
    {
        var gold = Gold(10);
        var same = gold.Select((g, i) => new EvaluatedStatement(g, g.Kind, i % 2 == 0 ? g.Themes : [ThemeIds.Other])).ToList();
        var d = PairedBootstrap.MacroF1Difference(same, same, resamples: 200);
        d.Observed.ShouldBe(0);
        d.Low.ShouldBe(0);
        d.High.ShouldBe(0);
        d.ShareNotAhead.ShouldBe(1);
        d.Reports.ShouldBe(10);
    }

    [Fact]
    public void Always_right_against_often_wrong_is_a_clear_lead_and_the_reverse_is_not()
    {
        var gold = Gold(12);
        var right = gold.Select(g => new EvaluatedStatement(g, g.Kind, g.Themes)).ToList();
        var wrong = gold.Select((g, i) => new EvaluatedStatement(g, g.Kind, i % 3 == 0 ? g.Themes : [ThemeIds.Other])).ToList();
        var lead = PairedBootstrap.MacroF1Difference(right, wrong, resamples: 300);
        lead.Observed.ShouldBeGreaterThan(0.3);
        lead.Low.ShouldBeGreaterThan(0);
        lead.ShareNotAhead.ShouldBe(0);
        PairedBootstrap.MacroF1Difference(wrong, right, resamples: 300).High.ShouldBeLessThan(0);
        PairedBootstrap.MacroF1Difference(right, wrong, resamples: 300).ShouldBe(lead); // fixed seed: same answer
    }

    [Fact]
    public void Prediction_lists_for_different_statements_are_refused()
    {
        var a = Gold(2).Select(g => new EvaluatedStatement(g, g.Kind, g.Themes)).ToList();
        var b = Gold(3).Select(g => new EvaluatedStatement(g, g.Kind, g.Themes)).ToList();
        Should.Throw<ArgumentException>(() => PairedBootstrap.MacroF1Difference(a, b));
        Should.Throw<ArgumentException>(() => PairedBootstrap.MacroF1Difference(a, a.AsEnumerable().Reverse().ToList()));
    }
}
