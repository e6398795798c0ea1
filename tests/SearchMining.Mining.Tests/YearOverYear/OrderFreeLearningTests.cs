using SearchMining.Mining.Promises;
using SearchMining.Mining.Tests.Years;
using SearchMining.Mining.YearOverYear;
using Shouldly;

namespace SearchMining.Mining.Tests.YearOverYear;

/// <summary>
/// Template phrases and word weights are learned on every core (a timeline's first call): the order in which agencies or
/// statements are counted must not change what is learned. On the sample reports, learning from them in reverse gives the
/// same phrases and the same weights.
/// </summary>
[Collection(SampleSeriesCollection.Name)]
public sealed class OrderFreeLearningTests(SampleSeriesFixture fixture)
{
    [Fact]
    public void Template_phrases_do_not_depend_on_the_order_of_the_agencies()
    {
        var agencies = fixture.Years.Directory.Agencies.Select(a => a.Reports.Select(r => fixture.Report(r.ReportId)).ToList()).ToList();
        var forward = TemplatePhrases.Learn(agencies);
        var reversed = TemplatePhrases.Learn(Enumerable.Reverse(agencies));
        forward.Count.ShouldBeGreaterThan(0);
        reversed.Count.ShouldBe(forward.Count);
        reversed.Groups.ShouldBe(forward.Groups);
        var text = string.Concat(fixture.Reports[0].Sections.Select(s => s.Text));
        var phrases = Enumerable.Range(0, Math.Max(0, text.Length - 12) / 12).Select(i => text.Substring(i * 12, 12)).ToList();
        phrases.Select(reversed.ContainsPhrase).ShouldBe(phrases.Select(forward.ContainsPhrase));
        phrases.ShouldContain(p => forward.ContainsPhrase(p), "the first report should share some template text");
    }

    [Fact]
    public void Word_weights_do_not_depend_on_the_order_of_the_statements()
    {
        var statements = fixture.Reports.SelectMany(r => r.Statements).Select(s => s.Text).ToList();
        statements.Count.ShouldBeGreaterThan(50);
        var forward = WordWeights.Learn(statements);
        var reversed = WordWeights.Learn(Enumerable.Reverse(statements));
        foreach (var statement in statements.Take(200))
            reversed.Vector(statement).ShouldBe(forward.Vector(statement));
    }
}
