using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using SearchMining.Api.Tests.Infrastructure;
using SearchMining.Tests.Shared;
using Shouldly;
using static SearchMining.Api.Tests.Infrastructure.Json;

namespace SearchMining.Api.Tests.Endpoints;

/// <summary>The researchers' workflows over the sample corpus: open at the hit, citations, batch, saved searches, contacts, charts.</summary>
[Collection(ApiCollection.Name)]
public sealed class WorkflowEndpointTests(ApiFixture api)
{
    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await api.Client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return await response.ReadJsonAsync();
    }

    private async Task<string> ReportIdAsync(string sourceFile) =>
        (await GetJsonAsync("/api/reports?size=100")).Items("items").Single(r => r.Str("sourceFile") == sourceFile).Str("id");

    [Fact]
    public async Task A_hit_opens_in_its_report_where_every_match_is_located()
    {
        const string query = "\"政务新媒体\"";
        var hit = (await GetJsonAsync(Url("/api/search", ("q", query), ("size", "1")))).Items("hits").Single();
        var reportId = hit.Str("reportId");
        var snippet = hit.Items("snippets").First();
        var at = snippet.GetProperty("sectionOffset").GetInt32() + snippet.Items("highlights").First()[0].GetInt32();
        var ordinal = int.Parse(hit.Str("sectionId").Split('#')[1], System.Globalization.CultureInfo.InvariantCulture);

        var matches = await GetJsonAsync(Url($"/api/reports/{reportId}/matches", ("q", query)));
        var report = await GetJsonAsync($"/api/reports/{reportId}");
        var sections = report.Items("sections").ToDictionary(s => s.GetProperty("ordinal").GetInt32(), s => s.Str("text"));
        matches.Items("sections").ShouldContain(s => s.GetProperty("ordinal").GetInt32() == ordinal && s.Items("spans").Any(span => span[0].GetInt32() == at));
        var total = 0;
        foreach (var section in matches.Items("sections"))
        {
            var text = sections[section.GetProperty("ordinal").GetInt32()];
            foreach (var span in section.Items("spans"))
            {
                text.Substring(span[0].GetInt32(), span[1].GetInt32() - span[0].GetInt32()).ShouldBe("政务新媒体");
                total++;
            }
        }
        total.ShouldBe(sections.Values.Sum(t => System.Text.RegularExpressions.Regex.Count(t, "政务新媒体")));
        matches.GetProperty("total").GetInt32().ShouldBe(total);

        (await (await api.Client.GetAsync(Url($"/api/reports/{reportId}/matches", ("q", "(培训")))).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Str("errorKind").ShouldBe("QuerySyntax");
        (await (await api.Client.GetAsync("/api/reports/nope/matches?q=x")).ShouldBeProblemAsync(HttpStatusCode.NotFound)).Str("errorKind").ShouldBe("UnknownReport");
    }

    [Fact]
    public async Task A_citation_names_the_source_url_and_the_original_file_downloads_as_ingested()
    {
        var id = await ReportIdAsync("039_pingtan_shiyanqu_2021.txt");
        var whole = await GetJsonAsync($"/api/reports/{id}/citation");
        whole.GetProperty("source").Str("origin").ShouldBe("catalog");
        whole.GetProperty("source").Str("url").ShouldStartWith("https://www.pingtan.gov.cn/");
        whole.GetProperty("citation").GetProperty("section").ValueKind.ShouldBe(JsonValueKind.Null);
        var section = await GetJsonAsync($"/api/reports/{id}/citation?section=5");
        var citation = section.GetProperty("citation");
        citation.Str("section").ShouldStartWith("五、");
        citation.Str("text").ShouldContain(citation.Str("section"));
        citation.Str("text").ShouldContain(whole.GetProperty("source").Str("url"));
        citation.Str("text").ShouldContain("2021年度政府信息公开工作年度报告");

        var original = await api.Client.GetAsync(section.Str("originalUrl"));
        original.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await original.Content.ReadAsByteArrayAsync()).ShouldBe(await File.ReadAllBytesAsync(RepoPaths.SampleReport("039_pingtan_shiyanqu_2021.txt")));
        original.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("039_pingtan_shiyanqu_2021.txt");
        original.Content.Headers.ContentType!.ToString().ShouldBe("text/plain; charset=utf-8");

        (await (await api.Client.GetAsync($"/api/reports/{id}/citation?section=99")).ShouldBeProblemAsync(HttpStatusCode.NotFound)).Str("errorKind").ShouldBe("UnknownSection");
        // A seed report has no catalogue row: no address to cite, but its original is kept like every ingested file.
        var seedFile = Directory.GetFiles(RepoPaths.SampleReports, "000_*.txt").Single();
        var seed = await ReportIdAsync(Path.GetFileName(seedFile));
        var seedCitation = await GetJsonAsync($"/api/reports/{seed}/citation");
        seedCitation.GetProperty("citation").Str("text").ShouldContain("未注明");
        var seedOriginal = await api.Client.GetAsync(seedCitation.Str("originalUrl"));
        seedOriginal.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await seedOriginal.Content.ReadAsByteArrayAsync()).ShouldBe(await File.ReadAllBytesAsync(seedFile));
    }

    [Fact]
    public async Task An_uploads_source_url_is_cited_and_its_original_downloads_until_the_report_is_deleted()
    {
        const string sourceUrl = "https://www.hongze.gov.cn/hzqrmzf/zfxxgknb/2024-citation-test.html";
        var bytes = Encoding.UTF8.GetBytes(await File.ReadAllTextAsync(RepoPaths.SampleReport("038_hongze_quzhengfu_2024.txt")) + "\n（引用测试：上传时注明来源网址。）\n");
        var upload = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
        {
            Content = new MultipartFormDataContent
            {
                { new ByteArrayContent(bytes), "file", "hongze-2024-citation.txt" },
                { new StringContent(sourceUrl), "sourceUrl" },
            },
        };
        upload.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        var uploaded = await api.Client.SendAsync(upload);
        uploaded.IsSuccessStatusCode.ShouldBeTrue();
        var id = (await uploaded.ReadJsonAsync()).Str("reportId");
        try
        {
            var cited = await GetJsonAsync($"/api/reports/{id}/citation?section=5");
            cited.GetProperty("source").Str("origin").ShouldBe("upload");
            cited.GetProperty("source").Str("url").ShouldBe(sourceUrl);
            cited.GetProperty("citation").Str("text").ShouldContain(sourceUrl);
            var original = await api.Client.GetAsync(cited.Str("originalUrl"));
            original.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await original.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
            original.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("hongze-2024-citation.txt");
        }
        finally
        {
            var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/reports/{id}");
            delete.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
            (await api.Client.SendAsync(delete)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }
        (await api.Client.GetAsync($"/api/reports/{id}/original")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_batch_file_gets_each_querys_counts_and_top_hits_as_csv_or_json()
    {
        var csv = "label,q,agency,year\n洪泽,培训,淮安市洪泽区人民政府,\n平潭,\"\"\"依申请公开\"\"\",,2020..2022\n坏,\"(培训\",,\n";
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "agencies.csv" } };
        var response = await api.Client.PostAsync("/api/batch?top=2", form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("line,label,query,filters,sections,reports,rank,report_id");

        var hongze = await GetJsonAsync(Url("/api/search", ("q", "培训"), ("agency", "淮安市洪泽区人民政府"), ("size", "2")));
        var hongzeRows = lines.Where(l => l.StartsWith("2,洪泽,", StringComparison.Ordinal)).ToList();
        hongzeRows.Count.ShouldBe(2);
        hongzeRows[0].ShouldStartWith($"2,洪泽,培训,agency=淮安市洪泽区人民政府,{hongze.GetProperty("total").GetInt32()},");
        hongzeRows[0].ShouldContain(hongze.Items("hits").First().Str("sectionId"));
        hongzeRows[0].ShouldContain("http://localhost/?view=report&id=");
        lines.Where(l => l.StartsWith("3,平潭,", StringComparison.Ordinal)).ShouldNotBeEmpty();
        lines.Single(l => l.StartsWith("4,坏,", StringComparison.Ordinal)).ShouldContain(",QuerySyntax,");

        // The same as a text/plain body, answered as JSON.
        var json = await api.Client.PostAsync("/api/batch?format=json&top=1", new StringContent("培训 agency:洪泽\n# comment\n政务新媒体\n", Encoding.UTF8, "text/plain"));
        json.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await json.ReadJsonAsync();
        body.GetProperty("queries").GetInt32().ShouldBe(2);
        var results = body.Items("results").ToList();
        results[1].GetProperty("query").GetProperty("line").GetInt32().ShouldBe(3);
        results[1].GetProperty("sections").GetInt32().ShouldBe((await GetJsonAsync(Url("/api/search", ("q", "政务新媒体")))).GetProperty("total").GetInt32());
        results[1].Items("hits").Count().ShouldBe(1);
    }

    [Fact]
    public async Task Bad_batches_are_refused_with_a_kind()
    {
        (await (await api.Client.PostAsync("/api/batch", new StringContent("\n# nothing\n", Encoding.UTF8, "text/plain"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Str("errorKind").ShouldBe("EmptyBatch");
        (await (await api.Client.PostAsync("/api/batch?top=0", new StringContent("培训", Encoding.UTF8, "text/plain"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Str("errorKind").ShouldBe("InvalidParameter");
        (await (await api.Client.PostAsync("/api/batch", new StringContent("{}", Encoding.UTF8, "application/json"))).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType))
            .Str("errorKind").ShouldBe("UnsupportedType");
        var many = string.Join('\n', Enumerable.Range(0, 1001).Select(i => "培训" + i));
        (await (await api.Client.PostAsync("/api/batch", new StringContent(many, Encoding.UTF8, "text/plain"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Str("errorKind").ShouldBe("TooManyQueries");
        var huge = new string('培', 400_000); // 1.2 MB of UTF-8
        (await (await api.Client.PostAsync("/api/batch", new StringContent(huge, Encoding.UTF8, "text/plain"))).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge))
            .Str("errorKind").ShouldBe("TooLarge");
    }

    [Fact]
    public async Task A_saved_search_shows_an_uploaded_report_as_new_and_its_feed_lists_it()
    {
        const string marker = "本报告由保存检索接口测试上传";
        var name = "新媒体提醒 " + Guid.NewGuid().ToString("N")[..6];
        var created = await api.Client.PostAsJsonAsync("/api/saved-searches", new { name, search = "q=" + Uri.EscapeDataString($"\"{marker}\" OR 政务新媒体") + "&year=2024&sort=year" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var saved = await created.ReadJsonAsync();
        var id = saved.Str("id");
        created.Headers.Location!.ToString().ShouldBe($"/api/saved-searches/{id}");
        saved.Str("search").ShouldBe("q=" + Uri.EscapeDataString($"\"{marker}\" OR 政务新媒体") + "&year=2024");
        saved.GetProperty("newHits").GetInt32().ShouldBe(0);
        var matching = saved.GetProperty("matching").GetInt32();
        matching.ShouldBeGreaterThan(0);
        (await (await api.Client.PostAsJsonAsync("/api/saved-searches", new { name, search = "q=培训" })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .Str("errorKind").ShouldBe("NameTaken");

        var text = await File.ReadAllTextAsync(RepoPaths.SampleReport("038_hongze_quzhengfu_2024.txt")) + "\n" + marker + "\n";
        var upload = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", "hongze-2024-saved-search.txt" } },
        };
        upload.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        var uploadedId = (await (await api.Client.SendAsync(upload)).ReadJsonAsync()).Str("reportId");
        try
        {
            var after = await GetJsonAsync($"/api/saved-searches/{id}");
            after.GetProperty("matching").GetInt32().ShouldBe(matching + 1);
            after.GetProperty("newHits").GetInt32().ShouldBe(1);
            after.Items("newMatches").Single().Str("reportId").ShouldBe(uploadedId);
            (await GetJsonAsync("/api/saved-searches")).EnumerateArray().Single(s => s.Str("id") == id).GetProperty("newHits").GetInt32().ShouldBe(1);

            var hits = await GetJsonAsync($"/api/saved-searches/{id}/hits?new=true");
            var hit = hits.Items("hits").Single();
            hit.GetProperty("new").GetBoolean().ShouldBeTrue();
            hit.GetProperty("report").Str("reportId").ShouldBe(uploadedId);

            var feed = await api.Client.GetAsync(saved.Str("feed"));
            feed.Content.Headers.ContentType!.MediaType.ShouldBe("application/atom+xml");
            var xml = XDocument.Parse(await feed.Content.ReadAsStringAsync());
            XNamespace atom = "http://www.w3.org/2005/Atom";
            var entries = xml.Root!.Elements(atom + "entry").ToList();
            entries.Count.ShouldBe(matching + 1);
            entries[0].Element(atom + "id")!.Value.ShouldEndWith(":" + uploadedId);
            entries[0].Element(atom + "link")!.Attribute("href")!.Value.ShouldStartWith($"http://localhost/?view=report&id={uploadedId}&section=");

            var seen = await api.Client.PostAsync($"/api/saved-searches/{id}/seen", null);
            (await seen.ReadJsonAsync()).GetProperty("newHits").GetInt32().ShouldBe(0);
        }
        finally
        {
            var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/reports/{uploadedId}");
            delete.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
            (await api.Client.SendAsync(delete)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }
        (await api.Client.DeleteAsync($"/api/saved-searches/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await api.Client.GetAsync($"/api/saved-searches/{id}/feed")).ShouldBeProblemAsync(HttpStatusCode.NotFound)).Str("errorKind").ShouldBe("UnknownSavedSearch");
    }

    [Fact]
    public async Task Bad_saved_searches_are_refused_and_nothing_is_stored()
    {
        var before = (await GetJsonAsync("/api/saved-searches")).GetArrayLength();
        (await (await api.Client.PostAsJsonAsync("/api/saved-searches", new { name = "x", search = "q=%22培训" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Str("errorKind").ShouldBe("QuerySyntax");
        (await (await api.Client.PostAsJsonAsync("/api/saved-searches", new { name = "", search = "q=培训" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
        (await (await api.Client.PostAsJsonAsync("/api/saved-searches", new { name = "y", search = "q=培训&theme=nope" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("theme", out _).ShouldBeTrue();
        (await GetJsonAsync("/api/saved-searches")).GetArrayLength().ShouldBe(before);
    }

    [Fact]
    public async Task The_contact_directory_is_searchable_and_exports_csv()
    {
        var found = await GetJsonAsync(Url("/api/contacts/directory", ("q", "0517-87290606")));
        var agency = found.Items("items").Single();
        agency.Str("agency").ShouldBe("淮安市洪泽区人民政府");
        agency.Items("values").ShouldAllBe(v => v.Str("kind") == "phone");
        var change = agency.Items("changes").Single();
        (change.GetProperty("previousYear").GetInt32(), change.GetProperty("year").GetInt32()).ShouldBe((2023, 2024));

        var changed = await GetJsonAsync("/api/contacts/directory?changed=true&size=100");
        changed.Items("items").ShouldAllBe(a => a.Items("changes").Any());
        var all = await GetJsonAsync("/api/contacts/directory?size=100");
        all.GetProperty("total").GetInt32().ShouldBeGreaterThan(changed.GetProperty("total").GetInt32());

        var csv = await api.Client.GetAsync("/api/contacts/directory?format=csv&agency=" + Uri.EscapeDataString("洪泽"));
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var rows = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        rows[0].ShouldStartWith("agency,province,city,county,kind,value,first_year,last_year");
        rows.Skip(1).ShouldAllBe(r => r.StartsWith("淮安市洪泽区人民政府,", StringComparison.Ordinal));
        (await (await api.Client.GetAsync("/api/contacts/directory?kind=pager")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Str("errorKind").ShouldBe("InvalidParameter");
    }

    [Fact]
    public async Task Hits_per_year_and_region_and_theme_trends_per_region_come_from_the_corpus()
    {
        var histogram = await GetJsonAsync(Url("/api/charts/hits", ("q", "培训"), ("by", "city")));
        var grouped = await GetJsonAsync(Url("/api/search", ("q", "培训"), ("group", "report"), ("size", "100")));
        histogram.GetProperty("reports").GetInt32().ShouldBe(grouped.GetProperty("total").GetInt32());
        var years = grouped.GetProperty("facets").GetProperty("year").EnumerateArray().ToDictionary(f => f.Str("value"), f => f.GetProperty("count").GetInt32());
        foreach (var bar in histogram.Items("byYear"))
            bar.GetProperty("reports").GetInt32().ShouldBe(years.GetValueOrDefault(bar.Str("key")));
        histogram.Items("byRegion").ShouldContain(b => b.Str("key") == "淮安市");
        (await (await api.Client.GetAsync("/api/charts/hits?q=x&by=planet")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Str("errorKind").ShouldBe("InvalidParameter");

        var trends = await GetJsonAsync("/api/themes/regions?by=city");
        trends.Str("level").ShouldBe("city");
        var huaian = trends.Items("regions").Single(r => r.Str("region") == "淮安市");
        huaian.Items("byYear").Select(y => y.GetProperty("year").GetInt32()).ShouldBe([2023, 2024]);
        var themes = await GetJsonAsync(Url("/api/themes", ("region", "淮安市")));
        huaian.GetProperty("statements").GetInt32().ShouldBe(themes.GetProperty("statements").GetInt32());
    }

    [Fact]
    public async Task Grouped_search_facets_count_reports_like_the_total()
    {
        var grouped = await GetJsonAsync(Url("/api/search", ("q", "公开"), ("group", "report"), ("size", "1")));
        var total = grouped.GetProperty("total").GetInt32();
        grouped.GetProperty("facets").GetProperty("level").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32()).ShouldBe(total);
        var flat = await GetJsonAsync(Url("/api/search", ("q", "公开"), ("size", "1")));
        flat.GetProperty("facets").GetProperty("level").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32()).ShouldBe(flat.GetProperty("total").GetInt32());
        flat.GetProperty("total").GetInt32().ShouldBeGreaterThan(total);
    }

    [Fact]
    public async Task Every_error_carries_a_stable_error_kind()
    {
        (await (await api.Client.GetAsync("/api/nothing-here")).ShouldBeProblemAsync(HttpStatusCode.NotFound)).Str("errorKind").ShouldBe("NoSuchEndpoint");
        (await (await api.Client.GetAsync("/api/reports/nope")).ShouldBeProblemAsync(HttpStatusCode.NotFound)).Str("errorKind").ShouldBe("UnknownReport");
        (await (await api.Client.GetAsync("/api/reports?size=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Str("errorKind").ShouldBe("InvalidParameter");
        (await (await api.Client.DeleteAsync("/api/reports/nope")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).Str("errorKind").ShouldBe("ApiKeyRequired");
        (await (await api.Client.GetAsync(Url("/api/search", ("q", "培训"), ("cursor", "bad")))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Str("errorKind").ShouldBe("BadCursor");
        (await (await api.Client.GetAsync("/api/search?q=" + new string('x', 9000))).ShouldBeProblemAsync(HttpStatusCode.RequestUriTooLong)).Str("errorKind").ShouldBe("UrlTooLong");
    }
}
