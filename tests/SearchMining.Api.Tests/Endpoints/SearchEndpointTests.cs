using System.Net;
using SearchMining.Api.Tests.Infrastructure;
using Shouldly;
using static SearchMining.Api.Tests.Infrastructure.Json;

namespace SearchMining.Api.Tests.Endpoints;

[Collection(ApiCollection.Name)]
public sealed class SearchEndpointTests(ApiFixture api)
{
    [Fact]
    public async Task Search_returns_hits_with_highlighted_snippets_facets_and_total()
    {
        var response = await api.Client.GetAsync(Url("/api/search", ("q", "培训")));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();

        body.GetProperty("total").GetInt32().ShouldBeGreaterThan(5);
        var hits = body.Items("hits").ToList();
        hits.Count.ShouldBe(10);
        foreach (var hit in hits)
        {
            hit.Str("reportId").ShouldNotBeEmpty();
            hit.Str("sectionId").ShouldStartWith(hit.Str("reportId") + "#");
            hit.GetProperty("score").GetSingle().ShouldBeGreaterThan(0);
            var snippet = hit.Items("snippets").First();
            var text = snippet.Str("text");
            foreach (var span in snippet.Items("highlights").Select(h => h.EnumerateArray().Select(x => x.GetInt32()).ToArray()))
                (span[0] >= 0 && span[0] < span[1] && span[1] <= text.Length).ShouldBeTrue();
        }
        // Highlights mark the query word (possibly inside a longer matched span, e.g. 业务培训).
        hits.SelectMany(h => h.Items("snippets"))
            .SelectMany(s => s.Items("highlights").Select(h => s.Str("text")[h[0].GetInt32()..h[1].GetInt32()]))
            .ShouldContain(marked => marked.Contains("培训"));
        var facets = body.GetProperty("facets");
        foreach (var dimension in new[] { "agency", "region", "level", "year", "section" })
            facets.GetProperty(dimension).GetArrayLength().ShouldBeGreaterThan(0, dimension);
        facets.GetProperty("agency").EnumerateArray().Select(f => f.Str("value")).ShouldContain("淮安市洪泽区人民政府");
        body.Str("nextCursor").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Facet_filters_restrict_hits_to_the_chosen_agency_and_year()
    {
        var response = await api.Client.GetAsync(Url("/api/search", ("q", "公开"), ("agency", "淮安市洪泽区人民政府"), ("year", "2023")));
        var body = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var hits = body.Items("hits").ToList();
        hits.ShouldNotBeEmpty();
        hits.ShouldAllBe(h => h.GetProperty("agency").GetString() == "淮安市洪泽区人民政府" && h.GetProperty("year").GetInt32() == 2023);
    }

    [Fact]
    public async Task Section_filter_and_query_field_agree()
    {
        var byParameter = await (await api.Client.GetAsync(Url("/api/search", ("q", "培训"), ("section", "problems"), ("size", "100")))).ReadJsonAsync();
        var byQuery = await (await api.Client.GetAsync(Url("/api/search", ("q", "培训 section:problems"), ("size", "100")))).ReadJsonAsync();
        byParameter.GetProperty("total").GetInt32().ShouldBe(byQuery.GetProperty("total").GetInt32());
        byParameter.Items("hits").ShouldAllBe(h => h.GetProperty("sectionTopic").GetString() == "problems");
    }

    [Fact]
    public async Task Cursor_fetches_the_next_page_without_repeating_hits()
    {
        var first = await (await api.Client.GetAsync(Url("/api/search", ("q", "信息公开"), ("size", "5")))).ReadJsonAsync();
        var cursor = first.Str("nextCursor");
        var second = await (await api.Client.GetAsync(Url("/api/search", ("q", "信息公开"), ("size", "5"), ("cursor", cursor)))).ReadJsonAsync();
        var firstIds = first.Items("hits").Select(h => h.Str("sectionId")).ToList();
        var secondIds = second.Items("hits").Select(h => h.Str("sectionId")).ToList();
        secondIds.Count.ShouldBe(5);
        firstIds.Intersect(secondIds).ShouldBeEmpty();
        second.GetProperty("total").GetInt32().ShouldBe(first.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Group_by_report_returns_one_group_per_report()
    {
        var body = await (await api.Client.GetAsync(Url("/api/search", ("q", "培训"), ("group", "report"), ("size", "20")))).ReadJsonAsync();
        var groups = body.Items("groups").ToList();
        groups.ShouldNotBeEmpty();
        groups.Select(g => g.Str("reportId")).ShouldBeUnique();
        groups.ShouldAllBe(g => g.GetProperty("sections").GetArrayLength() >= 1);
        body.GetProperty("hits").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Sort_by_year_puts_newest_reports_first()
    {
        var body = await (await api.Client.GetAsync(Url("/api/search", ("q", "公开"), ("sort", "year"), ("size", "50")))).ReadJsonAsync();
        var years = body.Items("hits").Select(h => h.GetProperty("year").ValueKind == System.Text.Json.JsonValueKind.Number ? h.GetProperty("year").GetInt32() : 0).ToList();
        years.ShouldBe(years.OrderByDescending(y => y).ToList());
        years[0].ShouldBe(2024);
    }

    [Theory]
    [InlineData("\"政策解读", "QuerySyntax")]
    [InlineData("培训 AND", "QuerySyntax")]
    [InlineData("(培训 OR 队伍", "QuerySyntax")]
    public async Task Bad_query_syntax_is_400_with_the_position(string q, string kind)
    {
        var body = await (await api.Client.GetAsync(Url("/api/search", ("q", q)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        body.Str("errorKind").ShouldBe(kind);
        body.GetProperty("position").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
        body.GetProperty("errors").GetProperty("q").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Unknown_field_is_400_naming_the_field()
    {
        var body = await (await api.Client.GetAsync(Url("/api/search", ("q", "author:张三")))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        body.Str("errorKind").ShouldBe("UnknownField");
        body.Str("field").ShouldBe("author");
    }

    [Theory]
    [InlineData("100000")]
    [InlineData("101")]
    [InlineData("0")]
    public async Task Page_size_outside_1_to_100_is_400(string size)
    {
        var body = await (await api.Client.GetAsync(Url("/api/search", ("q", "培训"), ("size", size)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        body.GetProperty("errors").GetProperty("size")[0].GetString()!.ShouldContain("100");
    }

    [Fact]
    public async Task Page_size_100_is_allowed()
    {
        var response = await api.Client.GetAsync(Url("/api/search", ("q", "公开"), ("size", "100")));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("eyJmb28iOiJiYXIifQ")]
    public async Task Bad_cursor_is_400(string cursor)
    {
        var body = await (await api.Client.GetAsync(Url("/api/search", ("q", "培训"), ("cursor", cursor)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        body.Str("errorKind").ShouldBe("BadCursor");
    }

    [Fact]
    public async Task Cursor_of_another_query_is_400()
    {
        var first = await (await api.Client.GetAsync(Url("/api/search", ("q", "培训"), ("size", "2")))).ReadJsonAsync();
        var response = await api.Client.GetAsync(Url("/api/search", ("q", "网站"), ("size", "2"), ("cursor", first.Str("nextCursor"))));
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("year", "abc")]
    [InlineData("year", "2024..2020")]
    [InlineData("sort", "random")]
    [InlineData("group", "agency")]
    [InlineData("theme", "weather")]
    public async Task Bad_parameters_are_400_naming_the_parameter(string name, string value)
    {
        var body = await (await api.Client.GetAsync(Url("/api/search", ("q", "培训"), (name, value)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        body.GetProperty("errors").TryGetProperty(name, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Query_longer_than_500_characters_is_400()
    {
        var body = await (await api.Client.GetAsync(Url("/api/search", ("q", new string('a', 501))))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        body.GetProperty("errors").GetProperty("q")[0].GetString()!.ShouldContain("500");
    }

    [Fact]
    public async Task A_url_over_8_kb_is_414_with_an_explanation()
    {
        var url = Url("/api/search", ("q", "培训"), ("agency", new string('局', 1000))); // 9 bytes per character once percent-encoded
        url.Length.ShouldBeGreaterThan(8 * 1024);
        var body = await (await api.Client.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.RequestUriTooLong);
        body.GetProperty("title").GetString().ShouldBe("URL too long");
        body.GetProperty("detail").GetString()!.ShouldContain("8192");
        (await api.Client.GetAsync(Url("/api/search", ("q", "培训"), ("agency", new string('局', 800))))).StatusCode.ShouldNotBe(HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task Bad_filter_value_is_400()
    {
        var response = await api.Client.GetAsync(Url("/api/search", ("q", "培训"), ("kind", "promise")));
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Similar_sections_come_from_other_reports()
    {
        var search = await (await api.Client.GetAsync(Url("/api/search", ("q", "业务培训"), ("section", "problems"), ("size", "1")))).ReadJsonAsync();
        var hit = search.Items("hits").First();
        var response = await api.Client.GetAsync($"/api/sections/{Uri.EscapeDataString(hit.Str("sectionId"))}/similar?size=5");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var similar = (await response.ReadJsonAsync()).Items("hits").ToList();
        similar.ShouldNotBeEmpty();
        similar.ShouldAllBe(h => h.GetProperty("reportId").GetString() != hit.Str("reportId"));
    }

    [Fact]
    public async Task Similar_with_otherAgencies_leaves_out_the_source_agency()
    {
        var search = await (await api.Client.GetAsync(Url("/api/search", ("q", "业务培训"), ("section", "problems"), ("size", "1")))).ReadJsonAsync();
        var hit = search.Items("hits").First();
        var response = await api.Client.GetAsync($"/api/sections/{Uri.EscapeDataString(hit.Str("sectionId"))}/similar?size=5&otherAgencies=true");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var similar = (await response.ReadJsonAsync()).Items("hits").ToList();
        similar.ShouldNotBeEmpty();
        similar.ShouldAllBe(h => h.GetProperty("agency").GetString() != hit.Str("agency"));
    }

    [Fact]
    public async Task Similar_of_unknown_section_is_404()
    {
        var response = await api.Client.GetAsync($"/api/sections/{Uri.EscapeDataString("ffffffffffffffff#3")}/similar");
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Similar_with_too_large_size_is_400()
    {
        var response = await api.Client.GetAsync($"/api/sections/{Uri.EscapeDataString("ffffffffffffffff#3")}/similar?size=100000");
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Hits_say_which_query_words_they_hold_and_which_only_through_related_words()
    {
        var body = await (await api.Client.GetAsync(Url("/api/search", ("q", "人手不足 微信"), ("size", "30")))).ReadJsonAsync();
        var hits = body.Items("hits").ToList();
        hits.ShouldNotBeEmpty();
        foreach (var hit in hits)
        {
            var matched = hit.Items("matchedTerms").Select(t => t.GetString()).ToList();
            var missing = hit.Items("missingTerms").Select(t => t.GetString()).ToList();
            var related = hit.Items("related").Select(r => r.Str("term")).ToList();
            matched.Concat(missing).Concat(related).Order().ShouldBe(new[] { "人手不足", "微信" }.Order(), hit.Str("sectionId"));
            hit.GetProperty("viaRelated").GetBoolean().ShouldBe(matched.Count == 0 && related.Count > 0);
        }
        var viaRelated = hits.First(h => h.GetProperty("viaRelated").GetBoolean());
        var via = viaRelated.Items("related").Single().Items("via").Select(v => v.GetString()).ToList();
        via.ShouldNotBeEmpty();
        viaRelated.Items("snippets").SelectMany(s => s.Items("relatedHighlights").Select(h => s.Str("text")[h[0].GetInt32()..h[1].GetInt32()]))
            .ShouldContain(marked => via.Contains(marked));

        var literal = await (await api.Client.GetAsync(Url("/api/search", ("q", "人手不足 微信"), ("size", "30"), ("expand", "false")))).ReadJsonAsync();
        literal.Items("hits").ShouldAllBe(h => !h.GetProperty("viaRelated").GetBoolean() && h.GetProperty("related").GetArrayLength() == 0);
    }

    [Theory]
    [InlineData("😀")]
    [InlineData("?")]
    [InlineData("\\")]
    public async Task A_query_with_nothing_searchable_is_a_400_that_says_so(string query)
    {
        var body = await (await api.Client.GetAsync(Url("/api/search", ("q", query)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        body.Str("errorKind").ShouldBe("NoSearchableText");
        body.GetProperty("errors").GetProperty("q")[0].GetString()!.ShouldContain("can be searched");
    }

    [Fact]
    public async Task A_bad_expand_value_is_a_400()
    {
        var body = await (await api.Client.GetAsync(Url("/api/search", ("q", "培训"), ("expand", "maybe")))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        body.GetProperty("errors").GetProperty("expand")[0].GetString()!.ShouldContain("maybe");
    }
}
