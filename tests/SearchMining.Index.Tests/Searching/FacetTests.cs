using SearchMining.Core.Domain;
using SearchMining.Index.Facets;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

[Collection(SampleIndexCollection.Name)]
public sealed class FacetTests(SampleIndexFixture fixture)
{
    private static Dictionary<string, int> AsDictionary(SearchResults r, string dimension) =>
        r.Facets[dimension].ToDictionary(v => v.Value, v => v.Count);

    [Fact]
    public void Facet_counts_over_all_sections_match_the_parsed_reports()
    {
        var results = fixture.Search("", size: 1);
        var sections = fixture.Reports.SelectMany(r => r.SearchableSections().Select(s => (Report: r, Section: s))).ToList();

        results.Total.ShouldBe(sections.Count);
        AsDictionary(results, FacetDimensions.Year).ShouldBe(sections.Where(x => x.Report.Year is not null)
            .GroupBy(x => x.Report.Year!.Value.ToString()).ToDictionary(g => g.Key, g => g.Count()), ignoreOrder: true);
        AsDictionary(results, FacetDimensions.Agency).ShouldBe(sections.Where(x => x.Report.Agency is not null)
            .GroupBy(x => x.Report.Agency!).ToDictionary(g => g.Key, g => g.Count()), ignoreOrder: true);
        AsDictionary(results, FacetDimensions.Section).ShouldBe(sections
            .GroupBy(x => FieldValues.Topic(x.Section.Topic)).ToDictionary(g => g.Key, g => g.Count()), ignoreOrder: true);
        AsDictionary(results, FacetDimensions.Level).ShouldBe(sections
            .GroupBy(x => FieldValues.Level(x.Report.Level)).ToDictionary(g => g.Key, g => g.Count()), ignoreOrder: true);
        AsDictionary(results, FacetDimensions.Region)["淮安市"].ShouldBe(sections.Count(x => x.Report.Region.City == "淮安市"));
    }

    [Fact]
    public void Facets_follow_the_current_query()
    {
        var results = fixture.Search("\"政务新媒体\" year:2024", size: 1);
        var matching = fixture.Reports.Where(r => r.Year == 2024)
            .SelectMany(r => r.SearchableSections().Where(s => s.Text.Contains("政务新媒体")).Select(s => (Report: r, Section: s))).ToList();

        results.Total.ShouldBe(matching.Count);
        AsDictionary(results, FacetDimensions.Year).ShouldBe(new Dictionary<string, int> { ["2024"] = matching.Count });
        AsDictionary(results, FacetDimensions.Section).ShouldBe(matching
            .GroupBy(x => FieldValues.Topic(x.Section.Topic)).ToDictionary(g => g.Key, g => g.Count()), ignoreOrder: true);
        results.Facets[FacetDimensions.Agency].Sum(v => v.Count).ShouldBe(matching.Count(x => x.Report.Agency is not null));
    }

    [Fact]
    public void Kind_facet_counts_sections_with_statements_of_each_kind()
    {
        var results = fixture.Search("section:problems", size: 1);
        var expected = Enum.GetValues<StatementKind>().ToDictionary(FieldValues.Kind, k => fixture.Reports
            .SelectMany(r => r.Sections.Where(s => r.Statements.Any(st => st.Kind == k && st.SectionOrdinal == s.Ordinal))).Count());
        foreach (var (kind, count) in expected.Where(e => e.Value > 0))
            AsDictionary(results, FacetDimensions.Kind)[kind].ShouldBe(count);
    }

    [Fact]
    public void Checks_facet_counts_the_sections_of_reports_failing_each_rule_and_filters_by_it()
    {
        // the report's own rules (year-over-year rules need other reports, so they are not in the index)
        var failing = fixture.Reports.ToDictionary(r => r, r => Core.Checks.ReportChecker.All().Run(r)
            .Where(c => c.Status == CheckStatus.Fail && !Core.Checks.CheckRules.Find(c.Rule)!.NeedsPrevious).Select(c => c.Rule).ToHashSet());
        var expected = failing.SelectMany(kv => kv.Value.Select(rule => (Rule: rule, Sections: kv.Key.SearchableSections().Count())))
            .GroupBy(x => x.Rule).ToDictionary(g => g.Key, g => g.Sum(x => x.Sections));
        expected.ShouldContainKey("check-review-litigation-total");
        AsDictionary(fixture.Search("", size: 1), FacetDimensions.Checks).ShouldBe(expected, ignoreOrder: true);

        // 洪泽区 2023 prints 行政复议 10 + 1 with 总计 0: the only report failing that rule
        var hits = fixture.Search("checks:review-litigation-total", size: 50);
        hits.Hits.Select(h => h.Agency).Distinct().ShouldBe(["淮安市洪泽区人民政府"]);
        hits.Hits.Select(h => h.Year).Distinct().ShouldBe([2023]);
    }

    [Fact]
    public void An_unknown_check_rule_is_a_field_error()
    {
        var outcome = fixture.Engine.Search(new SearchRequest("checks:colour"));
        outcome.Error.ShouldNotBeNull();
        outcome.Error.Message.ShouldContain("Unknown check rule");
    }
}

[Collection(SampleIndexCollection.Name)]
public sealed class FacetSamplingTests(SampleIndexFixture fixture)
{
    [Fact]
    public void Past_the_exact_limit_facets_are_estimated_from_a_sample_while_totals_and_reports_stay_exact()
    {
        var sections = fixture.Reports.SelectMany(r => r.SearchableSections().Select(s => (Report: r, Section: s))).ToList();
        const int exact = 20, stride = 3;
        var collector = fixture.Index.WithSearcher(searcher =>
        {
            var collector = new FacetCollector(FacetDimensions.All, perReport: false, exact, stride);
            searcher.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(IndexFields.DocKind, DocumentKinds.Section)), collector);
            return collector;
        });
        var facets = FacetCounter.Facets(collector, includeFacets: true);

        collector.Hits.ShouldBe(sections.Count);
        collector.Reports.ShouldBe(sections.Select(x => x.Report.Id).Distinct().Count());
        collector.Estimated.ShouldBeTrue();
        // Every section has one topic: the scaled sample adds up to the total, give or take one stride.
        facets[FacetDimensions.Section].Sum(v => v.Count).ShouldBeInRange(sections.Count, sections.Count + stride - 1);
        // The estimate differs from the exact counts somewhere (a sample, not a copy), but not by more than the skipped matches.
        var exactYears = sections.Where(x => x.Report.Year is not null).GroupBy(x => x.Report.Year!.Value.ToString()).ToDictionary(g => g.Key, g => g.Count());
        foreach (var value in facets[FacetDimensions.Year])
            Math.Abs(value.Count - exactYears[value.Value]).ShouldBeLessThanOrEqualTo(sections.Count - exact);
    }

    [Fact]
    public void Search_results_say_their_facets_are_exact_below_the_limit()
    {
        var results = fixture.Search("", size: 1);
        results.Total.ShouldBeLessThan(FacetCounter.ExactMatches);
        results.FacetsEstimated.ShouldBeFalse();
    }

    [Theory]
    [InlineData(false, 1_000_000, 1)]
    [InlineData(false, 20, 3)]
    [InlineData(true, 1_000_000, 1)]
    public void Facets_do_not_depend_on_whether_reports_are_counted(bool perReport, int exact, int stride)
    {
        FacetCollector Collect(bool countReports) => fixture.Index.WithSearcher(searcher =>
        {
            var collector = new FacetCollector(FacetDimensions.All, perReport, exact, stride, countReports);
            searcher.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(IndexFields.DocKind, DocumentKinds.Section)), collector);
            return collector;
        });
        var counted = Collect(countReports: true);
        var uncounted = Collect(countReports: false);

        uncounted.Hits.ShouldBe(counted.Hits);
        uncounted.Estimated.ShouldBe(counted.Estimated);
        var expected = FacetCounter.Facets(counted, includeFacets: true);
        var actual = FacetCounter.Facets(uncounted, includeFacets: true);
        foreach (var dimension in FacetDimensions.All) actual[dimension].ShouldBe(expected[dimension]);
        counted.Reports.ShouldBe(fixture.Reports.Count(r => r.SearchableSections().Any()));
        if (perReport) uncounted.Reports.ShouldBe(counted.Reports); // per-report facets read the reports anyway
        else Should.Throw<InvalidOperationException>(() => uncounted.Reports);
    }

    [Fact]
    public void A_shortened_facet_list_is_the_head_of_the_full_one_ties_by_value()
    {
        FacetCollector Collect() => fixture.Index.WithSearcher(searcher =>
        {
            var collector = new FacetCollector(FacetDimensions.All);
            searcher.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(IndexFields.DocKind, DocumentKinds.Section)), collector);
            return collector;
        });
        var full = Collect();
        foreach (var dimension in FacetDimensions.All)
        {
            var all = full.Top(dimension, int.MaxValue);
            all.ShouldBe(all.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList());
            for (var k = 1; k <= Math.Min(6, all.Count); k++) Collect().Top(dimension, k).ShouldBe(all.Take(k).ToList(), $"{dimension} top {k}");
        }
        full.Top(FacetDimensions.Agency, int.MaxValue).Count.ShouldBeGreaterThan(6); // the cut falls inside the list
    }
}
