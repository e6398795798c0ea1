using SearchMining.Index.Searching;
using SearchMining.Workflows.Charts;
using SearchMining.Workflows.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Workflows.Tests.Charts;

[Collection(SampleCorpusCollection.Name)]
public sealed class ChartTests(SampleCorpusFixture fixture)
{
    [Fact]
    public void Hits_per_year_cover_every_year_and_add_up_to_the_matching_reports()
    {
        var request = new SearchRequest("\"政府信息\"");
        var (histogram, error) = fixture.Workflows.Histogram(request, RegionLevels.Province);
        error.ShouldBeNull();

        var hits = fixture.Corpus.Search.Search(request with { Size = 100, GroupByReport = true }).Results!;
        histogram!.Reports.ShouldBe(hits.Total);
        histogram.Sections.ShouldBe(fixture.Corpus.Search.Search(request with { Size = 1 }).Results!.Total);
        var years = histogram.ByYear.Select(b => int.Parse(b.Key, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        years.ShouldBe(Enumerable.Range(years[0], years.Count)); // no gaps
        histogram.ByYear.Sum(b => b.Reports).ShouldBe(histogram.Reports - histogram.ReportsWithoutYear);
        foreach (var bar in histogram.ByYear)
            bar.Reports.ShouldBe(hits.Groups.Count(g => g.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) == bar.Key));
        histogram.ByYear.ShouldContain(b => b.Reports == 0); // the samples skip some years
    }

    [Fact]
    public void Hits_per_region_follow_the_level_asked_for()
    {
        var request = new SearchRequest("培训");
        var (provinces, _) = fixture.Workflows.Histogram(request, RegionLevels.Province);
        var (cities, _) = fixture.Workflows.Histogram(request, RegionLevels.City);
        var digests = fixture.Corpus.Reports.ViewRows().ToDictionary(r => r.Id);
        var matches = fixture.Corpus.Search.MatchingReports(request).Reports!;

        foreach (var bar in cities!.ByRegion)
            bar.Reports.ShouldBe(matches.Count(m => digests[m.ReportId].Region.City == bar.Key));
        cities.ByRegion.ShouldContain(b => b.Key == "淮安市");
        provinces!.ByRegion.Sum(b => b.Reports).ShouldBe(matches.Count - provinces.ReportsWithoutRegion);
        provinces.ByRegion.ShouldAllBe(b => digests.Values.Any(d => d.Region.Province == b.Key));
    }

    [Fact]
    public void Theme_trends_per_region_count_each_regions_statements_per_year()
    {
        var digests = fixture.Corpus.Reports.ViewRows();
        var trends = ThemeTrends.ByRegion(digests, RegionLevels.City);
        var huaian = trends.Single(t => t.Region == "淮安市");
        var reports = digests.Where(d => d.Region.City == "淮安市").ToList();
        huaian.Reports.ShouldBe(reports.Count);
        huaian.Statements.ShouldBe(reports.Sum(r => r.Statements));
        huaian.ByYear.Select(y => y.Year).ShouldBe(reports.Where(r => r.Year is not null).Select(r => r.Year!.Value).Distinct().Order());
        foreach (var year in huaian.ByYear)
            year.Statements.ShouldBe(reports.Where(r => r.Year == year.Year).Sum(r => r.Statements));
    }
}
