using System.Net;
using System.Text.Json;
using SearchMining.Api.Tests.Infrastructure;
using Shouldly;
using static SearchMining.Api.Tests.Infrastructure.Json;

namespace SearchMining.Api.Tests.Endpoints;

[Collection(ApiCollection.Name)]
public sealed class ReportEndpointTests(ApiFixture api)
{
    private async Task<string> ReportIdOfAsync(string sourceFile)
    {
        var list = await (await api.Client.GetAsync("/api/reports?size=100")).ReadJsonAsync();
        return list.Items("items").Single(r => r.Str("sourceFile") == sourceFile).Str("id");
    }

    [Fact]
    public async Task List_holds_every_sample_report_newest_first()
    {
        var response = await api.Client.GetAsync("/api/reports?size=100");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body.GetProperty("total").GetInt32().ShouldBe(api.SampleReportCount);
        var items = body.Items("items").ToList();
        items.Count.ShouldBe(api.SampleReportCount);
        var years = items.Select(r => r.GetProperty("year").ValueKind == JsonValueKind.Number ? r.GetProperty("year").GetInt32() : 0).ToList();
        years.ShouldBe(years.OrderByDescending(y => y).ToList());
    }

    [Fact]
    public async Task List_filters_by_agency_year_and_level()
    {
        var body = await (await api.Client.GetAsync(Url("/api/reports", ("agency", "淮安市洪泽区人民政府")))).ReadJsonAsync();
        body.Items("items").Select(r => r.GetProperty("year").GetInt32()).Order().ShouldBe(new[] { 2023, 2024 });

        var year = await (await api.Client.GetAsync("/api/reports?year=2024&size=100")).ReadJsonAsync();
        year.Items("items").ShouldAllBe(r => r.GetProperty("year").GetInt32() == 2024);
        year.GetProperty("total").GetInt32().ShouldBeGreaterThan(3);

        var city = await (await api.Client.GetAsync("/api/reports?level=city")).ReadJsonAsync();
        city.Items("items").Select(r => r.Str("agency")).ShouldContain("淮安市人民政府");
    }

    [Theory]
    [InlineData("level=planet")]
    [InlineData("size=100000")]
    [InlineData("offset=-1")]
    [InlineData("year=abc")]
    public async Task List_rejects_bad_parameters_with_400(string query)
    {
        await (await api.Client.GetAsync("/api/reports?" + query)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Report_shows_metadata_sections_contacts_and_tagged_statements()
    {
        var id = await ReportIdOfAsync("037_hongze_quzhengfu_2023.txt");
        var response = await api.Client.GetAsync($"/api/reports/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = await response.ReadJsonAsync();

        report.Str("agency").ShouldBe("淮安市洪泽区人民政府");
        report.GetProperty("year").GetInt32().ShouldBe(2023);
        report.GetProperty("region").Str("county").ShouldBe("洪泽区");
        report.Str("template").ShouldBe("Template2021");
        var sections = report.Items("sections").ToList();
        sections.Select(s => s.Str("number")).ShouldBe(new[] { "一", "二", "三", "四", "五", "六" });
        sections[4].Str("title").ShouldBe("存在的主要问题及改进情况");
        report.GetProperty("contact").Items("emails").Select(e => e.GetString()).ShouldContain("hzzwgk@126.com");
        report.GetProperty("tables").TryGetProperty("applications", out _).ShouldBeTrue();
        report.TryGetProperty("warnings", out _).ShouldBeTrue();
        report.TryGetProperty("sourceText", out _).ShouldBeFalse();

        var statements = report.Items("statements").ToList();
        statements.ShouldContain(s => s.Str("text").Contains("跟班学习制度") && s.Str("kind") == "Measure");
        statements.ShouldContain(s => s.Str("kind") == "Problem");
        report.Items("commitments").ShouldContain(c => c.Str("text").StartsWith("三是继续加强业务指导培训"));
    }

    [Fact]
    public async Task Section_n_is_that_section_with_its_statements()
    {
        var id = await ReportIdOfAsync("037_hongze_quzhengfu_2023.txt");
        var body = await (await api.Client.GetAsync($"/api/reports/{id}/sections/5")).ReadJsonAsync();
        body.Str("sectionId").ShouldBe(id + "#5");
        body.GetProperty("section").Str("title").ShouldBe("存在的主要问题及改进情况");
        body.GetProperty("section").Str("text").ShouldContain("依申请公开工作规范性还有待提高");
        body.GetProperty("statements").GetArrayLength().ShouldBeGreaterThan(2);

        var overview = await (await api.Client.GetAsync($"/api/reports/{id}/sections/1")).ReadJsonAsync();
        overview.GetProperty("section").Str("topic").ShouldBe("Overview");
        overview.GetProperty("statements").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Unknown_report_or_section_is_404()
    {
        await (await api.Client.GetAsync("/api/reports/0000000000000000")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var id = await ReportIdOfAsync("037_hongze_quzhengfu_2023.txt");
        var body = await (await api.Client.GetAsync($"/api/reports/{id}/sections/42")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        body.Str("detail").ShouldContain("1…6");
    }
}
