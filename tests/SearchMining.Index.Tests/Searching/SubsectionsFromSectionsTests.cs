using System.Text.Json;
using SearchMining.Index.Evaluation;
using SearchMining.Index.Searching;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching.Subsections;
using SearchMining.Index.Storage;
using SearchMining.Index.Tests.Fixtures;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

/// <summary>
/// Option B: subsection hits rebuilt from section documents equal the subsection documents' hits — totals, order, scores,
/// snippets, facets, cursors and report groups — when scored with the subsection fields' statistics.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class SubsectionsFromSectionsTests(SampleIndexFixture fixture)
{
    private static readonly string V7 = Path.Combine(RepoPaths.Root, "data", "relevance", "v7");

    private SectionSearchEngine Rebuilt(SubsectionStatistics statistics) => new(fixture.Index) { SubsectionsFromSections = statistics };

    private static string Json(SectionSearchEngine engine, SearchRequest request) => Describe(engine.Search(request));

    /// <summary>Everything a search answers, one line per hit, group and facet dimension (a difference shows as a line).</summary>
    private static string Describe(SearchOutcome outcome)
    {
        if (outcome.Results is not { } results) return "error " + outcome.Error?.Message;
        var lines = new List<string> { $"total {results.Total} next {results.NextCursor} estimated {results.FacetsEstimated}" };
        lines.AddRange(results.Hits.Select(Describe));
        foreach (var group in results.Groups)
        {
            lines.Add($"group {group.ReportId} {group.Score:R}");
            lines.AddRange(group.Sections.Select(Describe));
        }
        lines.AddRange(results.Facets.Select(f => $"facet {f.Key}: " + string.Join(", ", f.Value.Select(v => $"{v.Value}={v.Count}"))));
        return string.Join("\n", lines);
    }

    private static string Describe(SearchHit hit) => $"{hit.SectionId} {hit.Score:R} {hit.SubsectionTitle} | " + JsonSerializer.Serialize(hit with { Score = 0 });

    /// <summary>The dev needs of search v7 (released), as typed.</summary>
    public static TheoryData<string> V7Queries()
    {
        var data = new TheoryData<string>();
        foreach (var need in RelevanceJudgments.Load(Path.Combine(V7, "needs.tsv"), Path.Combine(V7, "judgments.tsv"))) data.Add(need.Query);
        return data;
    }

    [Theory]
    [MemberData(nameof(V7Queries))]
    public void Dev_need_pages_and_groups_are_equal(string query)
    {
        var rebuilt = Rebuilt(SubsectionStatistics.SubsectionFields);
        var first = new SearchRequest(query) { Granularity = SearchGranularity.Subsection, Size = 10 };
        var expected = fixture.Engine.Search(first);
        Describe(rebuilt.Search(first)).ShouldBe(Describe(expected));
        if (expected.Results?.NextCursor is { } cursor)
        {
            var second = first with { Cursor = cursor };
            Json(rebuilt, second).ShouldBe(Json(fixture.Engine, second));
        }
        var grouped = first with { GroupByReport = true, Size = 5 };
        Json(rebuilt, grouped).ShouldBe(Json(fixture.Engine, grouped));
    }

    [Theory]
    [InlineData("公开 -依申请")]
    [InlineData("\"政府信息公开\" AND 行政复议")]
    [InlineData("政务 OR 依申请")]
    [InlineData("公开*")]
    [InlineData("theme:training")]
    [InlineData("培训 kind:measure")]
    [InlineData("年度 year:2019..2023")]
    [InlineData("-公开")]
    public void Operators_sorts_and_filters_are_equal(string query)
    {
        var rebuilt = Rebuilt(SubsectionStatistics.SubsectionFields);
        foreach (var sort in new[] { SearchSort.Relevance, SearchSort.Year })
        {
            var request = new SearchRequest(query) { Granularity = SearchGranularity.Subsection, Size = 20, Sort = sort };
            Json(rebuilt, request).ShouldBe(Json(fixture.Engine, request));
        }
    }

    [Fact]
    public void Section_statistics_find_the_same_subsections()
    {
        var rebuilt = Rebuilt(SubsectionStatistics.SectionFields);
        var request = new SearchRequest("政府信息公开 行政复议") { Granularity = SearchGranularity.Subsection, Size = 100 };
        var expected = fixture.Engine.Search(request).Results!;
        var actual = rebuilt.Search(request).Results!;
        expected.Total.ShouldBeGreaterThan(10);
        actual.Total.ShouldBe(expected.Total);
        JsonSerializer.Serialize(actual.Facets).ShouldBe(JsonSerializer.Serialize(expected.Facets));
        actual.Hits.Select(h => h.SectionId).Order(StringComparer.Ordinal).ShouldBe(expected.Hits.Select(h => h.SectionId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Section_statistics_need_no_subsection_documents()
    {
        using var folder = new TempFolder("smidx-nosub");
        await using var index = ReportIndex.Open(new ReportIndexOptions(folder.Path, fixture.Analyzers.Create()));
        var prepared = fixture.Reports.Select(r => index.Prepare(r))
            .Select(p => new PreparedReport(p.Report, p.Fingerprint, [.. p.Documents.Where(d => d.Get(IndexFields.DocKind) != DocumentKinds.Subsection)]))
            .ToList();
        await index.UpsertManyAsync(prepared);
        await index.CommitAsync();
        index.Stats.Subsections.ShouldBe(0);
        var withoutDocuments = new SectionSearchEngine(index) { SubsectionsFromSections = SubsectionStatistics.SectionFields };
        var withDocuments = Rebuilt(SubsectionStatistics.SectionFields);
        foreach (var query in new[] { "政府信息公开 行政复议", "公开 -依申请", "培训 kind:measure", "公开*" })
        {
            var request = new SearchRequest(query) { Granularity = SearchGranularity.Subsection, Size = 20 };
            var answer = Json(withoutDocuments, request);
            answer.ShouldStartWith("total ");
            answer.ShouldNotStartWith("total 0 ");
            answer.ShouldBe(Json(withDocuments, request));
        }
    }
}
