using System.Net;
using SearchMining.Api.Tests.Infrastructure;
using Shouldly;
using static SearchMining.Api.Tests.Infrastructure.Json;

namespace SearchMining.Api.Tests.Endpoints;

[Collection(ApiCollection.Name)]
public sealed class MiningEndpointTests(ApiFixture api)
{
    [Fact]
    public async Task Commitments_are_citable_records_filtered_by_words_agency_and_year()
    {
        var response = await api.Client.GetAsync(Url("/api/commitments", ("q", "跟班学习"), ("agency", "洪泽"), ("year", "2023")));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        var item = body.Items("items").ShouldHaveSingleItem();
        item.Str("agency").ShouldBe("淮安市洪泽区人民政府");
        item.GetProperty("year").GetInt32().ShouldBe(2023);
        item.Str("text").ShouldStartWith("三是继续加强业务指导培训");
        item.Str("sourceFile").ShouldBe("037_hongze_quzhengfu_2023.txt");
        item.Str("reportId").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Commitments_without_filters_span_several_agencies_and_page()
    {
        var all = await (await api.Client.GetAsync("/api/commitments?size=100")).ReadJsonAsync();
        var total = all.GetProperty("total").GetInt32();
        total.ShouldBeGreaterThan(10);
        all.Items("items").Select(c => c.Str("agency")).Distinct().Count().ShouldBeGreaterThan(3);
        var page = await (await api.Client.GetAsync("/api/commitments?size=5&offset=5")).ReadJsonAsync();
        page.Items("items").Select(c => c.Str("text")).ShouldBe(all.Items("items").Skip(5).Take(5).Select(c => c.Str("text")));
    }

    [Theory]
    [InlineData("theme=weather")]
    [InlineData("size=100000")]
    [InlineData("year=1800")]
    public async Task Commitments_reject_bad_parameters_with_400(string query)
    {
        await (await api.Client.GetAsync("/api/commitments?" + query)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Contacts_give_address_phone_and_email_per_agency_and_year()
    {
        var body = await (await api.Client.GetAsync(Url("/api/contacts", ("agency", "洪泽")))).ReadJsonAsync();
        var items = body.Items("items").ToList();
        items.Select(c => c.GetProperty("year").GetInt32()).Order().ShouldBe(new[] { 2023, 2024 });
        var contact = items.First(c => c.GetProperty("year").GetInt32() == 2023).GetProperty("contact");
        contact.Str("address").ShouldBe("淮安市洪泽区洪泽湖大道90号");
        contact.Items("phones").Select(p => p.GetString()).ShouldContain("0517-87222589");
        contact.Str("postcode").ShouldBe("223100");

        var region = await (await api.Client.GetAsync(Url("/api/contacts", ("region", "海棠区")))).ReadJsonAsync();
        region.Items("items").ShouldHaveSingleItem().GetProperty("contact").Str("website").ShouldBe("http://www.sanya.gov.cn/htqsite");
    }

    [Fact]
    public async Task Themes_count_statements_per_year_and_agency()
    {
        var response = await api.Client.GetAsync("/api/themes");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body.GetProperty("reports").GetInt32().ShouldBe(api.SampleReportCount);
        var statements = body.GetProperty("statements").GetInt32();
        statements.ShouldBeGreaterThan(20);
        body.Items("themes").Select(t => t.Str("id")).ShouldContain("training");
        body.Items("themes").Single(t => t.Str("id") == "training").Str("label").ShouldBe("培训与队伍");
        var byYear = body.Items("byYear").ToList();
        byYear.Select(y => y.GetProperty("year").GetInt32()).ShouldContain(2024);
        byYear.Sum(y => y.GetProperty("statements").GetInt32()).ShouldBeLessThanOrEqualTo(statements);
        body.Items("byAgency").Select(a => a.Str("agency")).ShouldContain("淮安市洪泽区人民政府");

        var one = await (await api.Client.GetAsync(Url("/api/themes", ("agency", "洪泽"), ("year", "2023")))).ReadJsonAsync();
        one.GetProperty("reports").GetInt32().ShouldBe(1);
        one.Items("byYear").ShouldHaveSingleItem().GetProperty("year").GetInt32().ShouldBe(2023);
    }

    [Fact]
    public async Task Themes_reject_a_bad_year_with_400()
    {
        await (await api.Client.GetAsync("/api/themes?year=abc")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [ModelFact]
    public async Task With_the_trained_model_statements_carry_themes_and_the_chart_has_counts()
    {
        var stats = await (await api.Client.GetAsync("/api/stats")).ReadJsonAsync();
        stats.GetProperty("model").GetProperty("loaded").GetBoolean().ShouldBeTrue();
        stats.GetProperty("model").Str("version").ShouldNotBeEmpty();
        var themes = await (await api.Client.GetAsync("/api/themes")).ReadJsonAsync();
        themes.GetProperty("classified").GetInt32().ShouldBeGreaterThan(themes.GetProperty("statements").GetInt32() / 2);
        themes.Items("themes").Single(t => t.Str("id") == "training").GetProperty("count").GetInt32().ShouldBeGreaterThan(0);
        var training = await (await api.Client.GetAsync(Url("/api/search", ("q", "theme:training"), ("size", "100")))).ReadJsonAsync();
        training.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        training.Items("hits").ShouldAllBe(h => h.GetProperty("sectionTopic").GetString() == "problems");
    }

    [Fact]
    public async Task Vocabulary_gives_every_theme_and_kind_with_its_label_and_cue_words()
    {
        var response = await api.Client.GetAsync("/api/vocabulary");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body.Items("themes").Select(t => t.Str("id")).ShouldBe(["training", "channels", "coverage", "interpretation", "timeliness",
            "standardization", "awareness", "interaction", "supervision", "other"]);
        var interpretation = body.Items("themes").Single(t => t.Str("id") == "interpretation");
        interpretation.Str("label").ShouldBe("政策解读与回应");
        interpretation.Items("cueWords").Select(w => w.GetString()).ShouldContain("解读");
        body.Items("kinds").Select(k => k.Str("label")).ShouldBe(["问题", "整改", "改进措施"]);
        body.Items("shortcomingWords").Select(w => w.GetString()).ShouldContain("有待");
    }
}
