using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using SearchMining.Api.Tests.Infrastructure;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Api.Tests.Browser;

/// <summary>The researchers' workflows in the page: open at the hit, batch search, saved search and its feed, the rough edges.</summary>
public sealed partial class WebPageBrowserTests
{
    private HttpClient Http() => new() { BaseAddress = browser.BaseAddress };

    [ChromiumFact]
    public async Task A_hit_opens_its_report_scrolled_to_the_match_with_every_match_marked_and_a_shareable_place()
    {
        const string query = "\"政务新媒体\""; // a phrase: only the words themselves are marked (no related words)
        var page = await NewPageAsync();
        await page.GotoAsync("/?q=" + Uri.EscapeDataString(query));
        await page.Locator("#hits .hit").First.WaitForAsync();
        await page.Locator("#hits .hit .title").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("view=report", StringComparison.Ordinal) && url.Contains("at=", StringComparison.Ordinal));
        var current = page.Locator("#report mark.match.current");
        await current.WaitForAsync();

        // Every match of the query in the report is marked: as many marks as the API finds, each one a query word.
        var url = new Uri(page.Url);
        var state = System.Web.HttpUtility.ParseQueryString(url.Query);
        using var http = Http();
        var matches = await http.GetFromJsonAsync<JsonElement>($"/api/reports/{state["id"]}/matches?q={Uri.EscapeDataString(query)}");
        var marks = await page.Locator("#report mark.match").AllInnerTextsAsync();
        marks.Count.ShouldBe(matches.GetProperty("total").GetInt32());
        marks.Count.ShouldBeGreaterThan(1);
        marks.ShouldAllBe(m => m == "政务新媒体");

        // The page is scrolled to the hit: the current mark is the one the link names, in view, below the top of the report.
        (await current.GetAttributeAsync("data-section")).ShouldBe(state["section"]);
        (await current.GetAttributeAsync("data-at")).ShouldBe(state["at"]);
        var box = await page.EvaluateAsync<double[]>("() => { const r = document.querySelector('#report mark.match.current').getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight, window.scrollY]; }");
        box[0].ShouldBeGreaterThanOrEqualTo(0);
        box[1].ShouldBeLessThanOrEqualTo(box[2]);
        box[3].ShouldBeGreaterThan(0);
        (await page.Locator("#match-nav").InnerTextAsync()).ShouldContain($"共 {marks.Count} 处匹配");
        await ShotAsync(page, "10-open-at-hit.png");

        // Next match: another mark becomes current and the URL names it, so the link is the place.
        var firstAt = await current.GetAttributeAsync("data-at");
        var firstIndex = int.Parse(await page.Locator("#match-index").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var expectedIndex = firstIndex % marks.Count + 1;
        await page.ClickAsync("#match-next");
        await page.WaitForFunctionAsync($"() => new URLSearchParams(location.search).get('at') !== '{firstAt}'");
        var secondUrl = page.Url;
        var secondAt = System.Web.HttpUtility.ParseQueryString(new Uri(secondUrl).Query)["at"];
        (await page.Locator("#report mark.match.current").GetAttributeAsync("data-at")).ShouldBe(secondAt);
        (await page.Locator("#match-index").InnerTextAsync()).ShouldBe(expectedIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("#match-previous");
        await page.WaitForFunctionAsync($"() => new URLSearchParams(location.search).get('at') === '{firstAt}'");

        // The shared link opens at the same match in a fresh page.
        var shared = await NewPageAsync();
        await shared.GotoAsync(secondUrl);
        await shared.Locator("#report mark.match.current").WaitForAsync();
        (await shared.Locator("#report mark.match.current").GetAttributeAsync("data-at")).ShouldBe(secondAt);
        (await shared.EvaluateAsync<double>("() => window.scrollY")).ShouldBeGreaterThan(0);

        // The citation line and the source are shown with the report.
        await page.Locator("#citation-text").WaitForAsync();
        (await page.Locator("#citation-text").InnerTextAsync()).ShouldContain("政府信息公开工作年度报告");
    }

    [ChromiumFact]
    public async Task A_batch_of_queries_runs_in_the_page_with_counts_top_hits_and_errors()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/?view=batch");
        await page.FillAsync("#batch-text", "培训 agency:洪泽\n\"依申请公开\" year:2020..2022\n(培训\n");
        await page.ClickAsync("#batch-form button[type=submit]");
        await page.Locator("#batch-results tbody tr").Nth(2).WaitForAsync();

        var rows = page.Locator("#batch-results tbody tr");
        (await rows.CountAsync()).ShouldBe(3);
        using var http = Http();
        var hongze = await http.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("培训 agency:洪泽"));
        var cells = await rows.Nth(0).Locator("td").AllInnerTextsAsync();
        cells[4].ShouldBe(hongze.GetProperty("total").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await rows.Nth(0).Locator(".batch-hits a").CountAsync()).ShouldBe(Math.Min(3, hongze.GetProperty("total").GetInt32()));
        (await rows.Nth(0).Locator(".batch-hits a").First.GetAttributeAsync("href"))!.ShouldStartWith("?view=report&id=");
        (await rows.Nth(2).InnerTextAsync()).ShouldContain("检索式语法有误");
        (await page.Locator("#batch-summary").InnerTextAsync()).ShouldContain("共 3 条检索式");
        await ShotAsync(page, "11-batch.png");

        // The CSV download holds the same answer.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#batch-csv"));
        download.SuggestedFilename.ShouldBe("searchmining-batch.csv");
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        csv.ShouldContain("培训 agency:洪泽");
        csv.ShouldContain(",QuerySyntax,");

        // A hit link opens the report at the hit.
        await rows.Nth(0).Locator(".batch-hits a").First.ClickAsync();
        await page.Locator("#report mark.match.current").WaitForAsync();
    }

    [ChromiumFact]
    public async Task A_saved_searchs_atom_feed_shows_an_upload_that_matches_it()
    {
        const string marker = "本报告由浏览器保存检索测试上传";
        var name = "浏览器提醒 " + Guid.NewGuid().ToString("N")[..6];
        var page = await NewPageAsync();
        await page.GotoAsync("/?q=" + Uri.EscapeDataString($"\"{marker}\" OR 政府信息公开") + "&year=2024");
        await page.Locator("#hits .hit").First.WaitForAsync();
        await page.FillAsync("#save-search-form input[name=name]", name);
        await page.ClickAsync("#save-search-form button[type=submit]");
        await page.WaitForFunctionAsync("() => document.querySelector('#save-search-status').textContent.includes('已保存')");

        // Another reader uploads a report that matches.
        using var http = Http();
        var text = await File.ReadAllTextAsync(RepoPaths.SampleReport("038_hongze_quzhengfu_2024.txt")) + "\n" + marker + "\n";
        var upload = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", "hongze-2024-browser-feed.txt" } },
        };
        upload.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        var uploadedId = (await (await http.SendAsync(upload)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetString()!;
        try
        {
            await page.ClickAsync(".tabs a[data-view=saved]");
            var item = page.Locator("#saved-list li.saved", new PageLocatorOptions { HasText = name });
            await item.WaitForAsync();
            (await item.Locator(".badge.new").InnerTextAsync()).ShouldBe("新 1");
            await item.Locator(".saved-hits[data-new=true]").ClickAsync();
            await item.Locator(".saved-hit.is-new").WaitForAsync();
            (await item.Locator(".saved-hit.is-new .title").GetAttributeAsync("href"))!.ShouldContain("id=" + uploadedId);
            await ShotAsync(page, "12-saved.png");

            // Follow the feed as a reader would: its newest entry is the upload, linking into the page at the hit.
            var feedUrl = await item.Locator("a.feed").GetAttributeAsync("href");
            var feed = await page.Context.APIRequest.GetAsync(feedUrl!);
            feed.Headers["content-type"].ShouldStartWith("application/atom+xml");
            var xml = System.Xml.Linq.XDocument.Parse(await feed.TextAsync());
            System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
            var entry = xml.Root!.Elements(atom + "entry").First();
            entry.Element(atom + "id")!.Value.ShouldEndWith(":" + uploadedId);
            var link = entry.Element(atom + "link")!.Attribute("href")!.Value;
            await page.GotoAsync(link);
            await page.Locator("#report mark.match.current").WaitForAsync();
            (await page.Locator("#report h1").InnerTextAsync()).ShouldContain("淮安市洪泽区人民政府");

            // Marked as read: no longer new.
            await page.GotoAsync("/?view=saved");
            await item.Locator(".saved-seen").ClickAsync();
            await page.WaitForFunctionAsync($"() => [...document.querySelectorAll('#saved-list li.saved')].some(li => li.textContent.includes('{name}') && !li.querySelector('.badge.new'))");
        }
        finally
        {
            var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/reports/{uploadedId}");
            delete.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
            await http.SendAsync(delete);
        }
    }

    [ChromiumFact]
    public async Task The_rough_edges_are_gone()
    {
        var page = await NewPageAsync();

        // Reports list: region names, not [object Object]; publish dates say 未注明 when the report gives none.
        await page.GotoAsync("/?view=reports");
        await page.Locator("#reports-table tbody tr").First.WaitForAsync();
        var table = await page.Locator("#reports-table").InnerTextAsync();
        table.ShouldNotContain("[object Object]");
        table.ShouldContain("淮安市 / 洪泽区");
        table.ShouldContain("未注明");

        // Grouped search: the facets count reports, as the total does; the year histogram sits beside them.
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("公开") + "&group=report");
        await page.Locator("#facets h3").First.WaitForAsync();
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(await page.Locator("#summary").InnerTextAsync(), @"共 (\d+) 份报告").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var levelCounts = await page.Locator("#facets a[data-facet=level] + .count").AllInnerTextsAsync();
        levelCounts.Sum(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(total);
        await page.Locator("#hit-charts svg.histogram rect").First.WaitForAsync();
        (await page.Locator("#hit-charts .bars li").CountAsync()).ShouldBeGreaterThan(0);
        await ShotAsync(page, "13-charts.png");

        // 下一页 starts at the top of the page.
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("公开"));
        await page.Locator("#next-page:not([hidden])").WaitForAsync();
        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        (await page.EvaluateAsync<double>("() => window.scrollY")).ShouldBeGreaterThan(0);
        await page.ClickAsync("#next-page");
        await page.WaitForFunctionAsync("() => document.querySelector('#summary').textContent.includes('第 2 页')");
        (await page.EvaluateAsync<double>("() => window.scrollY")).ShouldBe(0);

        // The 申请 table keeps its group headers.
        using var http = Http();
        var reports = await http.GetFromJsonAsync<JsonElement>("/api/reports?size=100");
        var hongze = reports.GetProperty("items").EnumerateArray().First(r => r.GetProperty("sourceFile").GetString() == "038_hongze_quzhengfu_2024.txt").GetProperty("id").GetString();
        await page.GotoAsync($"/?view=report&id={hongze}");
        var applications = page.Locator("table.applications");
        await applications.WaitForAsync();
        var groups = await applications.Locator("tr.group").AllInnerTextsAsync();
        groups.ShouldContain("（三）不予公开");
        groups.ShouldContain("（五）不予处理");
        (await page.Locator(".report-head > .meta").InnerTextAsync()).ShouldContain("发布日期");

        // Contacts: searchable, with the change marked.
        await page.GotoAsync("/?view=contacts&q=" + Uri.EscapeDataString("洪泽"));
        var agency = page.Locator(".agency-contacts", new PageLocatorOptions { HasText = "淮安市洪泽区人民政府" });
        await agency.WaitForAsync();
        (await agency.Locator(".badge.changed").AllInnerTextsAsync()).ShouldContain("2024 年变更");
        await ShotAsync(page, "14-contacts.png");

        // Theme trends per region.
        await page.GotoAsync("/?view=themes&by=city");
        await page.Locator("#trends figure.trend[data-region='淮安市']").WaitForAsync();
    }
}
