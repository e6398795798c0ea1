using SearchMining.Core.Domain;
using SearchMining.Mining.Promises;
using SearchMining.Mining.Tests.Years;
using Shouldly;

namespace SearchMining.Mining.Tests.Promises;

[Collection(SampleSeriesCollection.Name)]
public sealed class PromiseTrackerTests(SampleSeriesFixture fixture)
{
    private IReadOnlyList<PromiseTrace> Pingtan2021() =>
        fixture.Years.Timeline(fixture.Directory.OfReport(fixture.Sample("039").Id)!).Years.Single(y => y.Year == 2021).Commitments;

    [Fact]
    public void A_promise_whose_weakness_is_named_again_next_year_is_repeated_with_the_statement_beside_it()
    {
        // 平潭 2021 promises 丰富政策解读形式; its 2022 report names 政策解读形式单一 among its problems
        var trace = Pingtan2021().Single(t => t.Commitment.StartsWith("一是丰富政策解读形式", StringComparison.Ordinal));
        trace.NextYear.ShouldBe(2022);
        trace.NextReportId.ShouldBe(fixture.Sample("040").Id);
        trace.Class.ShouldBe(FollowUpClass.Repeated);
        trace.Link.ShouldNotBeNull().Kind.ShouldBe(StatementKind.Problem);
        trace.Link.Text.ShouldContain("政策解读形式单一");
        var source = fixture.Sample("040").SourceText;
        source[trace.Link.SourceStart..trace.Link.SourceEnd].ShouldContain("政策解读形式单一");
        trace.Candidates.ShouldContain(trace.Link);
    }

    [Fact]
    public void A_promise_nothing_of_next_year_speaks_of_has_no_trace()
    {
        // 拓宽公开载体和渠道: 2022 names decision pre-disclosure, depth in key areas and interpretation — not channels
        var trace = Pingtan2021().Single(t => t.Commitment.StartsWith("三是拓宽公开载体和渠道", StringComparison.Ordinal));
        trace.Class.ShouldBe(FollowUpClass.NoTrace);
        trace.Link.ShouldBeNull();
        trace.Candidates.ShouldAllBe(c => c.Score < fixture.Years.Promises.Options.LinkThreshold || c.Kind == StatementKind.Measure);
    }

    [Fact]
    public void A_rectification_of_next_year_that_addresses_the_promise_follows_it_up()
    {
        // No series in the corpus writes a rectification part (（一）20XX年存在问题整改情况) in a report whose agency's
        // previous report we hold (docs/MINING.md). So two real texts are set one after the other: 平潭's 2021 promise to
        // 强化重点领域信息公开 and the rectification part of 枣庄市市中区矿区街道's 2024 report (针对…重点领域信息公开不充分
        // 等问题…全面落实整改工作), dated as the next year and without its problem part, so only the rectification can link.
        var promise = fixture.Sample("039");
        var rectifying = fixture.Sample("003");
        var next = rectifying with { Year = 2022, Statements = rectifying.Statements.Where(s => s.Kind != StatementKind.Problem).ToList() };
        next.Statements.ShouldContain(s => s.Kind == StatementKind.Rectification);

        var trace = fixture.Years.Promises.Track(promise, next).Single(t => t.Commitment.StartsWith("二是加强重点政务信息管理", StringComparison.Ordinal));
        trace.Class.ShouldBe(FollowUpClass.FollowedUp);
        trace.Link!.Kind.ShouldBe(StatementKind.Rectification);
        trace.Link.Text.ShouldContain("重点领域信息公开不充分");
        trace.Link.TextSimilarity.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Commitments_of_the_last_year_wait_for_the_next_report_and_a_wrong_next_year_is_refused()
    {
        var hongze = fixture.Years.Timeline(fixture.Directory.OfReport(fixture.Sample("038").Id)!);
        var last = hongze.Years.Single(y => y.Year == 2024);
        last.Commitments.Count.ShouldBe(fixture.Sample("038").Commitments.Count);
        last.Commitments.ShouldAllBe(t => t.Class == null && t.NextReportId == null && t.Candidates.Count == 0);
        hongze.Years.Single(y => y.Year == 2023).Commitments.ShouldAllBe(t => t.Class != null);

        Should.Throw<ArgumentException>(() => fixture.Years.Promises.Track(fixture.Sample("045"), fixture.Sample("040")));
    }
}
