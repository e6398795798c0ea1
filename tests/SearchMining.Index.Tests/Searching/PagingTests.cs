using SearchMining.Index.Searching;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

[Collection(SampleIndexCollection.Name)]
public sealed class PagingTests(SampleIndexFixture fixture)
{
    private List<SearchHit> PageThrough(SearchRequest first)
    {
        var hits = new List<SearchHit>();
        var request = first;
        for (var guard = 0; guard < 200; guard++)
        {
            var page = fixture.Search(request);
            page.Hits.Count.ShouldBeLessThanOrEqualTo(first.Size);
            hits.AddRange(page.Hits);
            if (page.NextCursor is null) break;
            request = request with { Cursor = page.NextCursor };
        }
        return hits;
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Year)]
    [InlineData(SearchSort.Date)]
    public void Cursor_paging_neither_skips_nor_repeats(SearchSort sort)
    {
        var query = "公开";
        var all = fixture.Search(new SearchRequest(query) { Size = 100, Sort = sort });
        all.Total.ShouldBeGreaterThan(30);
        all.Total.ShouldBeLessThanOrEqualTo(100);

        var paged = PageThrough(new SearchRequest(query) { Size = 7, Sort = sort });

        paged.Select(h => h.SectionId).ShouldBe(all.Hits.Select(h => h.SectionId));
        paged.Select(h => h.SectionId).Distinct().Count().ShouldBe(all.Total);
    }

    [Fact]
    public void Year_sort_puts_newer_reports_first()
    {
        var results = fixture.Search(new SearchRequest("培训") { Size = 100, Sort = SearchSort.Year });
        results.Hits.Select(h => h.Year ?? 0).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public void Grouped_results_give_one_entry_per_report_with_its_best_sections()
    {
        var results = fixture.Search(new SearchRequest("\"培训\"") { Size = 5, GroupByReport = true, SectionsPerReport = 2 });
        results.Total.ShouldBe(fixture.Reports.Count(r => r.Sections.Any(s => s.Text.Contains("培训"))));
        results.Groups.Count.ShouldBe(5);
        results.Groups.Select(g => g.ReportId).Distinct().Count().ShouldBe(5);
        results.Groups.ShouldAllBe(g => g.Sections.Count >= 1 && g.Sections.Count <= 2 && g.Sections.All(s => s.ReportId == g.ReportId));

        var groups = new List<ReportHitGroup>(results.Groups);
        var cursor = results.NextCursor;
        while (cursor is not null)
        {
            var next = fixture.Search(new SearchRequest("\"培训\"") { Size = 5, GroupByReport = true, SectionsPerReport = 2, Cursor = cursor });
            groups.AddRange(next.Groups);
            cursor = next.NextCursor;
        }
        groups.Count.ShouldBe(results.Total);
        groups.Select(g => g.ReportId).Distinct().Count().ShouldBe(groups.Count);
    }

    [Fact]
    public void Subsection_granularity_returns_subsection_hits()
    {
        var results = fixture.Search(new SearchRequest("\"主动公开情况\"") { Granularity = SearchGranularity.Subsection });
        results.Total.ShouldBeGreaterThan(0);
        results.Hits.ShouldAllBe(h => h.SubsectionTitle != null && h.SectionId.Contains('.'));
    }
}
