using System.Net;
using System.Text.Json;
using SearchMining.Api.Tests.Infrastructure;
using Shouldly;
using static SearchMining.Api.Tests.Infrastructure.Json;

namespace SearchMining.Api.Tests.Endpoints;

[Collection(ApiCollection.Name)]
public sealed class ExportEndpointTests(ApiFixture api)
{
    [Fact]
    public async Task Csv_export_has_a_header_and_one_row_per_matching_section()
    {
        var total = (await (await api.Client.GetAsync(Url("/api/search", ("q", "培训"))))
            .ReadJsonAsync()).GetProperty("total").GetInt32();
        var response = await api.Client.GetAsync(Url("/api/export", ("q", "培训"), ("format", "csv")), HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("searchmining-export.csv");
        var text = await response.Content.ReadAsStringAsync();
        var records = CountCsvRecords(text.TrimStart('\uFEFF'));
        records.ShouldBe(total + 1);
        text.TrimStart('\uFEFF').ShouldStartWith("reportId,sectionId,sourceFile,agency");
        text.ShouldContain("淮安市洪泽区人民政府");
    }

    [Fact]
    public async Task Jsonl_export_of_statements_gives_kind_and_text_per_line()
    {
        var response = await api.Client.GetAsync(Url("/api/export", ("q", "培训"), ("section", "problems"), ("format", "jsonl"), ("unit", "statements")));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBeGreaterThan(5);
        var rows = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        rows.ShouldAllBe(r => r.GetProperty("sectionTopic").GetString() == "problems");
        rows.Select(r => r.Str("kind")).Distinct().ShouldBeSubsetOf(new[] { "problem", "rectification", "measure" });
        rows.ShouldContain(r => r.Str("text").Contains("跟班学习制度"));
    }

    [Theory]
    [InlineData("format", "xml")]
    [InlineData("unit", "words")]
    public async Task Unknown_format_or_unit_is_400(string name, string value)
    {
        await (await api.Client.GetAsync(Url("/api/export", ("q", "培训"), (name, value)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Bad_query_is_400_before_anything_is_streamed()
    {
        var body = await (await api.Client.GetAsync(Url("/api/export", ("q", "培训 AND")))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        body.Str("errorKind").ShouldBe("QuerySyntax");
    }

    /// <summary>Counts CSV records, honouring quoted fields that span lines.</summary>
    private static int CountCsvRecords(string csv)
    {
        var records = 0;
        var quoted = false;
        var any = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (c == '"') quoted = !quoted;
            else if (c == '\n' && !quoted) { records++; any = false; continue; }
            any = true;
        }
        return records + (any ? 1 : 0);
    }
}
