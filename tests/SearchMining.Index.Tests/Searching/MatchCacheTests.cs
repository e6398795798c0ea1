using SearchMining.Index.Searching;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

/// <summary>
/// The cached constant-score clauses (<see cref="MatchCache"/>) change nothing a search returns: on the sample reports, every
/// query form gives the same total, the same hits in the same order with bit-identical scores, and the same facets, whether
/// the clauses are read from cached bitsets (cold, then warm) or matched from the postings.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class MatchCacheTests(SampleIndexFixture fixture)
{
    public static TheoryData<string> Queries => new()
    {
        "培训", "政策解读", "政府信息公开", "行政复议", "人员 培训 不足", "不予公开 国家秘密", "信息公开 平台 建设",
        "政务新媒体 OR 微信公众号", "网站 -新媒体", "\"依申请公开\"", "\"三审三校\"", "政策解读 section:problems",
        "公开 year:2023..2024", "+培训 政务公开", "政务* 培训", "\"信息 公开\"~3", "政策解读形式单一", "答复 AND 复议",
        "依申请 -\"依申请公开\"", "主动公开 OR (政策 AND 解读)", "如何 做好 政府网站 建设", "公",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Sections_come_back_identical_with_and_without_the_cache(string query)
    {
        var uncached = new SectionSearchEngine(fixture.Index) { CacheMatches = false };
        var request = new SearchRequest(query) { Size = SearchRequest.MaxSize };
        var expected = Run(uncached, request);
        for (var pass = 0; pass < 2; pass++) // cold bitsets, then warm
        {
            var actual = Run(fixture.Engine, request);
            actual.Total.ShouldBe(expected.Total);
            actual.Hits.Select(h => (h.SectionId, h.Score)).ShouldBe(expected.Hits.Select(h => (h.SectionId, h.Score)));
            actual.Facets.Keys.ShouldBe(expected.Facets.Keys, ignoreOrder: true);
            foreach (var (dimension, values) in expected.Facets) actual.Facets[dimension].ShouldBe(values);
        }
        expected.Total.ShouldBeGreaterThan(0, $"'{query}' should match the sample reports, or the comparison says nothing");
    }

    [Theory]
    [InlineData("培训", SearchGranularity.Subsection, false)]
    [InlineData("政策解读 不足", SearchGranularity.Section, true)]
    [InlineData("主动公开", SearchGranularity.Section, true)]
    public void Subsections_and_report_groups_come_back_identical(string query, SearchGranularity granularity, bool group)
    {
        var uncached = new SectionSearchEngine(fixture.Index) { CacheMatches = false };
        var request = new SearchRequest(query) { Size = 20, Granularity = granularity, GroupByReport = group };
        var expected = Run(uncached, request);
        var actual = Run(fixture.Engine, request);
        actual.Total.ShouldBe(expected.Total);
        actual.Hits.Select(h => (h.SectionId, h.Score)).ShouldBe(expected.Hits.Select(h => (h.SectionId, h.Score)));
        actual.Groups.Select(g => (g.ReportId, g.Score, string.Join(",", g.Sections.Select(s => s.SectionId))))
            .ShouldBe(expected.Groups.Select(g => (g.ReportId, g.Score, string.Join(",", g.Sections.Select(s => s.SectionId)))));
        (expected.Hits.Count + expected.Groups.Count).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Saved_search_matches_are_identical()
    {
        var uncached = new SectionSearchEngine(fixture.Index) { CacheMatches = false };
        var request = new SearchRequest("政务新媒体 OR 政策解读");
        var expected = uncached.MatchingReports(request).Reports!;
        fixture.Engine.MatchingReports(request).Reports!.ShouldBe(expected);
        expected.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Searches_within_chosen_reports_are_identical()
    {
        var uncached = new SectionSearchEngine(fixture.Index) { CacheMatches = false };
        var request = new SearchRequest("政策解读 培训");
        var reports = fixture.Reports.Take(6).Select(r => r.Id).ToList();
        var expected = uncached.SearchWithin(request, reports).Results!;
        var actual = fixture.Engine.SearchWithin(request, reports).Results!;
        actual.Groups.Select(g => (g.ReportId, g.Score, string.Join(",", g.Sections.Select(s => (s.SectionId, s.Score)))))
            .ShouldBe(expected.Groups.Select(g => (g.ReportId, g.Score, string.Join(",", g.Sections.Select(s => (s.SectionId, s.Score))))));
        expected.Groups.Count.ShouldBeGreaterThan(0);
        expected.Groups.ShouldAllBe(g => reports.Contains(g.ReportId));
    }

    private static SearchResults Run(SectionSearchEngine engine, SearchRequest request)
    {
        var outcome = engine.Search(request);
        outcome.Error.ShouldBeNull();
        return outcome.Results!;
    }
}
