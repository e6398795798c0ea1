using System.Net;
using SearchMining.Api.Tests.Infrastructure;
using Shouldly;
using static SearchMining.Api.Tests.Infrastructure.Json;

namespace SearchMining.Api.Tests.Endpoints;

[Collection(ApiCollection.Name)]
public sealed class CheckEndpointTests(ApiFixture api)
{
    private async Task<string> IdOf(string agency, int year)
    {
        var list = await (await api.Client.GetAsync(Url("/api/reports", ("agency", agency), ("year", year.ToString())))).ReadJsonAsync();
        return list.Items("items").Single().Str("id");
    }

    [Fact]
    public async Task A_reports_checks_compare_it_with_the_same_agencys_report_of_the_year_before()
    {
        var before = await IdOf("淮安市洪泽区人民政府", 2023);
        var body = await (await api.Client.GetAsync($"/api/reports/{await IdOf("淮安市洪泽区人民政府", 2024)}/checks")).ReadJsonAsync();
        body.Str("previousReportId").ShouldBe(before);
        body.Items("rules").Count().ShouldBe(17);
        var results = body.Items("results").ToList();
        var carry = results.Where(r => r.Str("rule") == "check-carry-over").ToList();
        carry.Count.ShouldBe(7);
        carry.ShouldAllBe(r => r.Str("status") == "Pass");
        // the evidence names both cells: this year's 上年结转 and last year's 结转下年度, with their offsets
        var cells = carry[0].Items("items").ToList();
        cells[0].Str("row").ShouldBe("carried-over");
        cells[0].GetProperty("sourceStart").GetInt32().ShouldBeGreaterThan(0);
        cells[1].Str("reportId").ShouldBe(before);
    }

    [Fact]
    public async Task A_failing_rule_gives_the_sentence_and_the_cells_it_compared()
    {
        var body = await (await api.Client.GetAsync($"/api/reports/{await IdOf("淮安市洪泽区人民政府", 2024)}/checks")).ReadJsonAsync();
        body.Items("rules").Single(r => r.Str("id") == "check-text-applications").Str("status").ShouldBe("Fail");
        var fail = body.Items("results").Single(r => r.Str("rule") == "check-text-applications" && r.Str("status") == "Fail");
        var items = fail.Items("items").ToList();
        items[0].Str("kind").ShouldBe("Sentence");
        items[0].Str("text").ShouldContain("17");
        items.ShouldContain(i => i.Str("kind") == "Cell" && i.Str("table") == "applications" && i.Str("row") == "new" && i.Str("column") == "Total");
    }

    [Fact]
    public async Task An_unknown_reports_checks_are_a_404()
    {
        await (await api.Client.GetAsync("/api/reports/0000000000000000/checks")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Corpus_wide_results_filter_by_rule_and_status_and_count_reports_per_rule()
    {
        var body = await (await api.Client.GetAsync("/api/checks?rule=check-review-litigation-total&status=fail")).ReadJsonAsync();
        var items = body.Items("items").ToList();
        items.Count.ShouldBe(2);
        items.ShouldAllBe(i => i.Str("sourceFile") == "037_hongze_quzhengfu_2023.txt" && i.Str("statusCode") == "FAIL");
        var rule = body.Items("rules").Single(r => r.Str("rule") == "check-review-litigation-total");
        rule.GetProperty("fail").GetInt32().ShouldBe(1);
        (rule.GetProperty("pass").GetInt32() + rule.GetProperty("fail").GetInt32() + rule.GetProperty("uncertain").GetInt32() + rule.GetProperty("notAssessable").GetInt32())
            .ShouldBe(api.SampleReportCount);
    }

    [Fact]
    public async Task Corpus_wide_results_filter_by_agency_and_year_and_sort()
    {
        var body = await (await api.Client.GetAsync(Url("/api/checks", ("agency", "平潭"), ("sort", "year"), ("order", "desc"), ("size", "100")))).ReadJsonAsync();
        var years = body.Items("items").Select(i => i.GetProperty("year").GetInt32()).ToList();
        years.ShouldNotBeEmpty();
        years.ShouldBe(years.OrderDescending().ToList());
        years[0].ShouldBe(2022);
        var ascending = await (await api.Client.GetAsync(Url("/api/checks", ("agency", "平潭"), ("sort", "year"), ("size", "1")))).ReadJsonAsync();
        ascending.Items("items").Single().GetProperty("year").GetInt32().ShouldBe(2020);
        var one = await (await api.Client.GetAsync(Url("/api/checks", ("agency", "平潭"), ("year", "2021")))).ReadJsonAsync();
        one.Items("items").ShouldAllBe(i => i.GetProperty("year").GetInt32() == 2021);
    }

    [Fact]
    public async Task Results_export_as_csv_with_every_matching_row()
    {
        var json = await (await api.Client.GetAsync("/api/checks?rule=check-deadline")).ReadJsonAsync();
        var response = await api.Client.GetAsync("/api/checks?rule=check-deadline&format=csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("report_id,file,agency,year,rule,category,status");
        (lines.Length - 1).ShouldBe(json.GetProperty("total").GetInt32());
        lines.Skip(1).ShouldAllBe(l => l.Contains(",check-deadline,"));
    }

    [Theory]
    [InlineData("rule=check-nothing")]
    [InlineData("status=broken")]
    [InlineData("status=1")]
    [InlineData("sort=colour")]
    [InlineData("order=up")]
    [InlineData("format=xml")]
    [InlineData("size=100000")]
    [InlineData("year=1800")]
    public async Task Bad_parameters_are_a_400_naming_the_parameter(string query)
    {
        var body = await (await api.Client.GetAsync("/api/checks?" + query)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        body.GetProperty("errors").TryGetProperty(query.Split('=')[0], out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_rules_are_listed_with_their_basis()
    {
        var rules = (await (await api.Client.GetAsync("/api/checks/rules")).ReadJsonAsync()).EnumerateArray().ToList();
        rules.Count.ShouldBe(17);
        rules.Single(r => r.Str("id") == "check-deadline").Str("basis").ShouldContain("第四十九条");
    }

    [Fact]
    public async Task Search_has_a_checks_facet_and_filter_of_the_reports_failing_a_rule()
    {
        var all = await (await api.Client.GetAsync("/api/search?size=1")).ReadJsonAsync();
        var facet = all.GetProperty("facets").GetProperty("checks").EnumerateArray().ToList();
        facet.ShouldContain(f => f.Str("value") == "check-review-litigation-total");
        var hits = await (await api.Client.GetAsync("/api/search?checks=check-review-litigation-total&size=50")).ReadJsonAsync();
        hits.Items("hits").Select(h => h.Str("sourceFile")).Distinct().ShouldBe(["037_hongze_quzhengfu_2023.txt"]);
        await (await api.Client.GetAsync("/api/search?checks=check-colour")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
