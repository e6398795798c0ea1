using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SearchMining.Api.Tests.Infrastructure;
using Shouldly;
using static SearchMining.Api.Tests.Infrastructure.Json;

namespace SearchMining.Api.Tests.Endpoints;

/// <summary>Agencies, timelines, comparison and recurring themes over the ingested sample corpus (its real series 平潭 2020–2022, 洪泽区 2023–2024).</summary>
[Collection(ApiCollection.Name)]
public sealed class YearsEndpointTests(ApiFixture api)
{
    private const string Hongze = "淮安市·洪泽区·政府";
    private const string Pingtan = "平潭综合实验区·政府";

    private async Task<JsonElement> Timeline(string key) =>
        await (await api.Client.GetAsync("/api/agencies/" + Uri.EscapeDataString(key))).ReadJsonAsync();

    private async Task<string> ReportOf(string key, int year) =>
        (await Timeline(key)).Items("years").Single(y => y.GetProperty("year").GetInt32() == year).Str("reportId");

    [Fact]
    public async Task Agencies_join_the_names_of_a_series_with_their_evidence_and_filter()
    {
        var all = await (await api.Client.GetAsync("/api/agencies?size=100")).ReadJsonAsync();
        var hongze = all.Items("items").Single(a => a.Str("key") == Hongze);
        hongze.Str("name").ShouldBe("淮安市洪泽区人民政府");
        hongze.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ShouldBe([2023, 2024]);
        hongze.Items("names").Select(n => n.GetString()).ShouldBe(["洪泽区人民政府", "淮安市洪泽区人民政府"], ignoreOrder: true);
        hongze.Str("level").ShouldBe("County");
        all.Items("items").Select(a => a.Str("key")).ShouldNotContain(k => k.Length == 0);
        // a page is a slice of the one listing order (most years first, then name), with the same total
        var keys = all.Items("items").Select(a => a.Str("key")).ToList();
        all.GetProperty("total").GetInt32().ShouldBe(keys.Count);
        all.Items("items").Select(a => a.GetProperty("years").GetArrayLength()).ShouldBeInOrder(SortDirection.Descending);
        var page = await (await api.Client.GetAsync("/api/agencies?size=3&offset=2")).ReadJsonAsync();
        page.GetProperty("total").GetInt32().ShouldBe(all.GetProperty("total").GetInt32());
        page.Items("items").Select(a => a.Str("key")).ShouldBe(keys.Skip(2).Take(3));
        var levelPage = await (await api.Client.GetAsync("/api/agencies?level=county&size=1&offset=1")).ReadJsonAsync();
        levelPage.Items("items").Select(a => a.Str("key")).ShouldBe(all.Items("items").Where(a => a.Str("level") == "County").Select(a => a.Str("key")).Skip(1).Take(1));

        var series = await (await api.Client.GetAsync("/api/agencies?minYears=2")).ReadJsonAsync();
        series.Items("items").Select(a => a.Str("key")).ShouldBe([Pingtan, Hongze]);
        var byName = await (await api.Client.GetAsync(Url("/api/agencies", ("q", "洪泽")))).ReadJsonAsync();
        byName.Items("items").Select(a => a.Str("key")).ShouldBe([Hongze]);
        var byReport = await (await api.Client.GetAsync(Url("/api/agencies", ("reportId", await ReportOf(Hongze, 2023))))).ReadJsonAsync();
        byReport.Items("items").Single().Str("key").ShouldBe(Hongze);

        await (await api.Client.GetAsync("/api/agencies?level=galaxy")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await api.Client.GetAsync("/api/agencies?minYears=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await api.Client.GetAsync("/api/agencies/" + Uri.EscapeDataString("无此机关"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_timeline_gives_themes_reuse_and_each_commitments_follow_up()
    {
        var pingtan = await Timeline(Pingtan);
        var years = pingtan.Items("years").ToList();
        years.Select(y => y.GetProperty("year").GetInt32()).ShouldBe([2020, 2021, 2022]);
        years[0].GetProperty("reuseRate").ValueKind.ShouldBe(JsonValueKind.Null);
        years[1].GetProperty("reuseRate").GetDouble().ShouldBeInRange(0, 1);
        years[1].GetProperty("previousYear").GetInt32().ShouldBe(2020);

        var promise = years[1].Items("commitments").Single(c => c.Str("commitment").StartsWith("一是丰富政策解读形式", StringComparison.Ordinal));
        promise.Str("class").ShouldBe("Repeated");
        promise.GetProperty("link").Str("text").ShouldContain("政策解读形式单一");
        years[2].Items("commitments").ShouldAllBe(c => c.GetProperty("class").ValueKind == JsonValueKind.Null);
        pingtan.Items("recurring").Select(r => r.Str("theme")).ShouldContain("interpretation");
        pingtan.GetProperty("agency").Items("evidence").ShouldBeEmpty();   // one name, nothing to join
    }

    [Fact]
    public async Task Compare_aligns_two_reports_and_finds_the_previous_one_itself()
    {
        var (y2023, y2024) = (await ReportOf(Hongze, 2023), await ReportOf(Hongze, 2024));
        var explicitPair = await (await api.Client.GetAsync(Url("/api/compare", ("a", y2024), ("b", y2023)))).ReadJsonAsync();
        var implicitPair = await (await api.Client.GetAsync(Url("/api/compare", ("a", y2024)))).ReadJsonAsync();
        implicitPair.GetProperty("previous").Str("id").ShouldBe(y2023);
        implicitPair.GetProperty("reuseRate").GetDouble().ShouldBe(explicitPair.GetProperty("reuseRate").GetDouble());
        explicitPair.GetProperty("reuseRate").GetDouble().ShouldBeGreaterThan(0.3);
        var problems = explicitPair.Items("sections").Single(s => s.Str("topic") == "Problems");
        problems.Items("current").Single().Str("number").ShouldBe("五");
        problems.Items("sentences").Select(s => s.Str("kind")).ShouldContain("Changed");
        explicitPair.Items("tables").Select(t => t.Str("table")).ShouldBe(["proactive", "applications", "review-litigation"]);

        var self = await (await api.Client.GetAsync(Url("/api/compare", ("a", y2023), ("b", y2023)))).ReadJsonAsync();
        self.GetProperty("reuseRate").GetDouble().ShouldBe(1.0);

        (await (await api.Client.GetAsync(Url("/api/compare", ("a", y2023)))).ShouldBeProblemAsync(HttpStatusCode.NotFound)).Str("title").ShouldBe("No earlier report");
        await (await api.Client.GetAsync(Url("/api/compare", ("a", "0000000000000000")))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await api.Client.GetAsync("/api/compare")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Recurring_themes_are_ranked_by_agencies_per_year()
    {
        var body = await (await api.Client.GetAsync("/api/themes/recurring")).ReadJsonAsync();
        var themes = body.Items("themes").ToList();
        themes.Select(t => t.GetProperty("agencies").GetInt32()).ShouldBeInOrder(SortDirection.Descending);
        themes.Select(t => t.Str("theme")).ShouldNotContain("other");
        body.Items("agencies").Select(a => a.Str("agencyKey")).ShouldContain(Pingtan);
        body.Items("years").ShouldAllBe(y => y.GetProperty("reporting").GetInt32() > 0);

        // the agencies are paged: every agency with a recurring theme is on exactly one page
        var all = await (await api.Client.GetAsync("/api/themes/recurring?size=100")).ReadJsonAsync();
        var total = all.GetProperty("agencyTotal").GetInt32();
        total.ShouldBe(all.Items("agencies").Count());
        var paged = new List<string>();
        for (var offset = 0; offset < total; offset++)
        {
            var page = await (await api.Client.GetAsync($"/api/themes/recurring?size=1&offset={offset}")).ReadJsonAsync();
            page.GetProperty("offset").GetInt32().ShouldBe(offset);
            page.Items("themes").Count().ShouldBe(themes.Count);
            paged.AddRange(page.Items("agencies").Select(a => a.Str("agencyKey")));
        }
        paged.ShouldBe(all.Items("agencies").Select(a => a.Str("agencyKey")));
        await (await api.Client.GetAsync("/api/themes/recurring?size=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_person_merges_and_splits_agencies_with_the_write_key_and_a_wrong_merge_is_refused()
    {
        var merge = new { a = "南薰乡", b = "官洲街道", note = "test of the mechanics" };
        (await api.Client.PostAsJsonAsync("/api/agencies/merge", merge)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/agencies/merge") { Content = JsonContent.Create(new { a = Hongze, b = "淮安市·政府" }) };
        request.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        var refused = await (await api.Client.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        refused.Str("detail").ShouldContain("2024");
        File.Exists(Path.Combine(api.Factory.IndexPath, "agencies", "agency-overrides.json")).ShouldBeFalse();

        // two townships whose names carry no place: nothing tells them apart, so a person may join them (and split them again)
        using var join = new HttpRequestMessage(HttpMethod.Post, "/api/agencies/merge") { Content = JsonContent.Create(merge) };
        join.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        var joined = await (await api.Client.SendAsync(join)).ReadJsonAsync();
        joined.Items("agencies").Single().GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ShouldBe([2014, 2023]);
        File.Exists(Path.Combine(api.Factory.IndexPath, "agencies", "agency-overrides.json")).ShouldBeTrue();

        using var split = new HttpRequestMessage(HttpMethod.Post, "/api/agencies/" + Uri.EscapeDataString("南薰乡") + "/split") { Content = JsonContent.Create(new { names = new[] { "官洲街道办事处" } }) };
        split.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        var apart = await (await api.Client.SendAsync(split)).ReadJsonAsync();
        apart.Items("agencies").Select(a => a.GetProperty("years").GetArrayLength()).ShouldBe([1, 1]);

        using var empty = new HttpRequestMessage(HttpMethod.Post, "/api/agencies/" + Uri.EscapeDataString(Hongze) + "/split") { Content = JsonContent.Create(new { names = Array.Empty<string>() }) };
        empty.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        await (await api.Client.SendAsync(empty)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
