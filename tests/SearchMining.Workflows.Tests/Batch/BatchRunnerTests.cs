using System.Text;
using SearchMining.Index.Searching;
using SearchMining.Workflows.Batch;
using SearchMining.Workflows.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Workflows.Tests.Batch;

[Collection(SampleCorpusCollection.Name)]
public sealed class BatchRunnerTests(SampleCorpusFixture fixture)
{
    [Fact]
    public void Each_query_gets_the_counts_and_top_hits_the_search_gives()
    {
        var (queries, _) = BatchFileReader.Read("label,q,agency,year\n洪泽,培训,淮安市洪泽区人民政府,\n全部,政务新媒体,,2023..2024\n", "b.csv", 10);
        var results = fixture.Workflows.Batch.RunAll(queries, top: 3, baseUrl: "http://host");

        results.Count.ShouldBe(2);
        foreach (var result in results)
        {
            result.Error.ShouldBeNull();
            var (request, _) = result.Query.Spec.ToRequest(size: 100);
            var search = fixture.Corpus.Search.Search(request!).Results!;
            result.Sections.ShouldBe(search.Total);
            result.Reports.ShouldBe(search.Hits.Select(h => h.ReportId).Distinct().Count());
            result.Hits.Select(h => h.SectionId).ShouldBe(search.Hits.Take(3).Select(h => h.SectionId));
            result.Hits.Select(h => h.Rank).ShouldBe(Enumerable.Range(1, result.Hits.Count));
            result.Hits.ShouldAllBe(h => h.Link.StartsWith("http://host/?view=report&id=" + h.ReportId + "&section=", StringComparison.Ordinal));
        }
        results[0].Hits.ShouldAllBe(h => h.Agency == "淮安市洪泽区人民政府");
        results[1].Hits.ShouldAllBe(h => h.Year >= 2023 && h.Year <= 2024);
        results[0].Sections.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_batch_line_filters_by_a_failed_check_as_the_search_url_does()
    {
        // The hongze 2023 report's table 四 does not add up (check-review-litigation-total): a batch line or a saved search
        // with checks= must keep only the sections of reports that fail the rule, as /api/search?checks= does.
        var (queries, error) = BatchFileReader.Read("q,checks\n公开,\n公开,check-review-litigation-total\n公开,check-colour\n", "b.csv", 10);
        error.ShouldBeNull();
        var results = fixture.Workflows.Batch.RunAll(queries, top: 50);

        results[0].Reports.ShouldBeGreaterThan(1);
        results[1].Error.ShouldBeNull();
        results[1].Sections.ShouldBeGreaterThan(0);
        results[1].Sections.ShouldBeLessThan(results[0].Sections);
        results[1].Hits.Select(h => h.SourceFile).Distinct().ShouldBe(["037_hongze_quzhengfu_2023.txt"]);
        results[2].Error!.Field.ShouldBe("checks");
    }

    [Fact]
    public void A_bad_line_gets_its_error_and_the_other_lines_still_run()
    {
        var (queries, _) = BatchFileReader.Read("q,year,theme\n\"\"\"政策解读\",,\n培训,2023,\n培训,20x3,\n培训,,nosuchtheme\n", "b.csv", 10);
        var results = fixture.Workflows.Batch.RunAll(queries, top: 2);

        results[0].Error!.Kind.ShouldBe(nameof(SearchErrorKind.QuerySyntax));
        results[1].Error.ShouldBeNull();
        results[1].Sections.ShouldBeGreaterThan(0);
        results[2].Error!.Field.ShouldBe("year");
        results[3].Error!.Field.ShouldBe("theme");
    }

    [Fact]
    public async Task The_csv_answer_has_a_row_per_hit_and_one_row_for_a_query_without_hits()
    {
        var (queries, _) = BatchFileReader.Read("培训 agency:洪泽\n\"这句话不会出现在任何报告里\"\n\"政策解读\n", "b.txt", 10);
        var results = fixture.Workflows.Batch.RunAll(queries, top: 2);
        var text = new StringWriter();
        await BatchCsvWriter.WriteAsync(text, results);
        var rows = text.ToString().TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        rows[0].ShouldBe(string.Join(',', BatchCsvWriter.Columns));
        rows.Length.ShouldBe(1 + results[0].Hits.Count + 1 + 1);
        rows[1].ShouldStartWith($"1,,培训 agency:洪泽,,{results[0].Sections},{results[0].Reports},1,");
        rows[^2].ShouldStartWith("2,,\"\"\"这句话不会出现在任何报告里\"\"\",,0,0,,");
        rows[^1].ShouldContain(",QuerySyntax,");
    }

    [Fact]
    public void Two_hundred_queries_run_and_each_answer_matches_a_single_search()
    {
        // The benchmark's shape, small: the first 200 queries the bench uses, answered one by one.
        var words = new[] { "培训", "政策解读", "政务新媒体", "依申请公开", "网站", "公开", "平台", "监督", "考核", "主动公开" };
        var lines = Enumerable.Range(0, 200).Select(i => words[i % words.Length] + (i % 3 == 0 ? " year:2023" : i % 3 == 1 ? " section:problems" : "")).ToList();
        var (queries, error) = BatchFileReader.Read(Encoding.UTF8.GetBytes(string.Join('\n', lines)), "200.txt", WorkflowOptions.DefaultMaxBatchQueries);
        error.ShouldBeNull();
        var results = fixture.Workflows.Batch.RunAll(queries, top: 3);
        results.Count.ShouldBe(200);
        results.ShouldAllBe(r => r.Error == null);
        results.Where(r => r.Query.Spec.Query == "培训 year:2023").Select(r => r.Sections).Distinct().Count().ShouldBe(1);
    }
}
