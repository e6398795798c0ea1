using Microsoft.Playwright;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Api.Tests.Browser;

/// <summary>
/// Drives the web page in headless Chromium against the running service: search, facet, report, themes, commitments.
/// Screenshots go to artifacts/screenshots/ (git-ignored).
/// </summary>
public sealed partial class WebPageBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string ScreenshotFolder => Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    private async Task<IPage> NewPageAsync()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return page;
    }

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name), FullPage = false });

    [ChromiumFact]
    public async Task Search_facet_and_report_work_in_the_page()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        (await page.TitleAsync()).ShouldBe("政府信息公开年度报告检索");

        // Search.
        await page.FillAsync("#q", "培训");
        await page.PressAsync("#q", "Enter");
        await page.WaitForURLAsync(url => url.Contains("q=%E5%9F%B9%E8%AE%AD", StringComparison.Ordinal));
        // The results of this query (not the page's first, unfiltered list) are on screen.
        await page.Locator("#hits[data-rendered*='q=%E5%9F%B9%E8%AE%AD']").WaitForAsync();
        (await page.Locator("#summary").InnerTextAsync()).ShouldMatch(@"共 \d+ 条结果");
        (await page.Locator(".hit").CountAsync()).ShouldBe(10);
        (await page.Locator(".hit mark").AllInnerTextsAsync()).ShouldContain(mark => mark.Contains("培训"));
        (await page.Locator("#facets h3").AllInnerTextsAsync()).ShouldContain("机关");
        await ShotAsync(page, "01-search.png");

        // Paging: the next page is another set of hits, and back returns to the first.
        var firstPage = await page.Locator(".hit .title").AllInnerTextsAsync();
        await page.ClickAsync("#next-page");
        await page.WaitForURLAsync(url => url.Contains("cursor=", StringComparison.Ordinal));
        await page.WaitForFunctionAsync("() => document.querySelector('#summary').textContent.includes('第 2 页')");
        (await page.Locator(".hit .title").AllInnerTextsAsync()).ShouldNotBe(firstPage);
        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector('#summary').textContent.includes('第 2 页')");

        // Facet: one agency.
        const string agency = "淮安市洪泽区人民政府";
        await page.Locator($"#facets a[data-facet='agency'][data-value='{agency}']").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("agency=", StringComparison.Ordinal));
        await page.Locator(".chip").First.WaitForAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.hit .title')].every(a => a.textContent.includes('淮安市洪泽区人民政府'))");
        var titles = await page.Locator(".hit .title").AllInnerTextsAsync();
        titles.ShouldNotBeEmpty();
        titles.ShouldAllBe(t => t.Contains(agency));
        (await page.Locator(".chip").InnerTextAsync()).ShouldContain(agency);
        await ShotAsync(page, "02-facet.png");

        // Report view from the first hit.
        await page.Locator(".hit .title").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("view=report", StringComparison.Ordinal));
        var heading = page.Locator("#report h1");
        await heading.WaitForAsync();
        (await heading.InnerTextAsync()).ShouldContain(agency);
        (await page.Locator("#report h2").AllInnerTextsAsync()).ShouldContain("五、存在的主要问题及改进情况");
        (await page.Locator("#report .statements li").CountAsync()).ShouldBeGreaterThan(2);
        (await page.Locator("#report .contact").InnerTextAsync()).ShouldContain("洪泽湖大道");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await ShotAsync(page, "03-report.png");

        // Similar narratives of section 五 in other agencies' reports.
        var problems = page.Locator("#report section[data-topic='problems']");
        await problems.Locator(".similar-toggle").ClickAsync();
        var similar = problems.Locator(".similar .hit .title");
        await similar.First.WaitForAsync();
        (await similar.AllInnerTextsAsync()).ShouldContain(t => !t.Contains(agency));
        await problems.ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "03b-similar.png");

        // Back returns to the filtered search (state lives in the URL).
        await page.GoBackAsync();
        await page.Locator(".chip").First.WaitForAsync();
        (await page.InputValueAsync("#q")).ShouldBe("培训");
    }

    [ChromiumFact]
    public async Task Shared_links_open_themes_and_commitments_views()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/?view=commitments&q=" + Uri.EscapeDataString("培训"));
        await page.Locator("#commitments li").First.WaitForAsync();
        (await page.Locator("#commitments-summary").InnerTextAsync()).ShouldMatch(@"共 \d+ 条改进承诺");
        (await page.Locator("#commitments li").AllInnerTextsAsync()).ShouldAllBe(text => text.Contains("培训"));
        await ShotAsync(page, "05-commitments.png");

        await page.GotoAsync("/?view=themes");
        await page.WaitForFunctionAsync("() => document.querySelector('#themes-table table tbody tr') !== null");
        (await page.Locator("h1").First.InnerTextAsync()).ShouldNotBeNull();
        (await page.Locator("#view-themes h1").InnerTextAsync()).ShouldContain("问题主题统计");
        (await page.Locator("#themes-table").InnerTextAsync()).ShouldContain("淮安市洪泽区人民政府");
        var bars = await page.Locator("#themes-chart svg rect").CountAsync();
        var empty = await page.Locator("#themes-chart").InnerTextAsync();
        (bars > 0 || empty.Contains("没有已分类的语句")).ShouldBeTrue();
        await ShotAsync(page, "04-themes.png");

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("\"政策解读"));
        await page.Locator("#error").WaitForAsync();
        (await page.Locator("#error").InnerTextAsync()).ShouldContain("检索式语法有误"); // Chinese from errorKind
        (await page.Locator("#error").GetAttributeAsync("data-kind")).ShouldBe("QuerySyntax");
    }

    [ChromiumFact]
    public async Task Related_word_hits_are_shown_as_such_and_the_preamble_is_in_the_report_view()
    {
        var page = await NewPageAsync();
        // No report writes 人手不足; 淮安 2024 writes 人员配备不足, a related word of it.
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("人手不足"));
        var viaRelated = page.Locator(".hit.via-related").Filter(new LocatorFilterOptions { HasText = "淮安市人民政府" }).First;
        await viaRelated.WaitForAsync();
        (await viaRelated.Locator(".related-label").InnerTextAsync()).ShouldBe("相关词");
        (await viaRelated.Locator(".terms").InnerTextAsync()).ShouldContain("仅通过相关词命中：人手不足 → ");
        var relatedMarks = await viaRelated.Locator("mark.related").AllInnerTextsAsync();
        relatedMarks.ShouldContain("人员配备不足");
        (await viaRelated.Locator("mark.related").First.GetAttributeAsync("title")).ShouldBe("相关词");
        (await viaRelated.Locator("mark:not(.related)").AllInnerTextsAsync()).ShouldNotContain(m => m.Contains("人员配备"));
        await viaRelated.ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "06-related-words.png");

        // 含相关词 off: only the word as written, nothing marked as related.
        await page.UncheckAsync("#expand");
        await page.PressAsync("#q", "Enter");
        await page.WaitForURLAsync(url => url.Contains("expand=false", StringComparison.Ordinal));
        await page.Locator("#hits[data-rendered*='expand=false']").WaitForAsync();
        (await page.Locator("#hits mark.related").CountAsync()).ShouldBe(0);
        (await page.Locator("#hits .related-label").CountAsync()).ShouldBe(0);

        // The text before section 一 is searchable and shown at the top of the report view.
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("翔宇南道"));
        var hit = page.Locator(".hit").First;
        await hit.WaitForAsync();
        (await hit.Locator(".meta").InnerTextAsync()).ShouldContain("前言");
        await hit.Locator(".title").ClickAsync();
        var preamble = page.Locator("#report section[data-topic='preamble']");
        await preamble.WaitForAsync();
        (await preamble.Locator("h2").InnerTextAsync()).ShouldStartWith("前言");
        (await preamble.Locator(".section-text").InnerTextAsync()).ShouldContain("翔宇南道");
        (await page.Locator("#report section").First.GetAttributeAsync("id")).ShouldBe("sec-0");
    }

    [ChromiumFact]
    public async Task Checks_show_on_the_report_with_the_offending_cells_marked_and_across_the_corpus()
    {
        var page = await NewPageAsync();
        var list = await page.APIRequest.GetAsync("/api/reports?agency=" + Uri.EscapeDataString("淮安市洪泽区人民政府") + "&year=2023");
        var id = System.Text.Json.JsonDocument.Parse(await list.TextAsync()).RootElement.GetProperty("items")[0].GetProperty("id").GetString();
        await page.GotoAsync("/?view=report&id=" + id);
        var panel = page.Locator("#report-checks");
        await panel.WaitForAsync();
        (await panel.Locator("summary").InnerTextAsync()).ShouldContain("未通过 2");
        // 洪泽区 2023: 行政复议 维持 10 + 纠正 1 with 总计 0 — the cells the rule names are marked in table 四
        var marked = page.Locator("#report td.cell-fail[data-table='review-litigation']");
        (await marked.CountAsync()).ShouldBe(10);
        (await page.Locator("#report td.cell-fail[data-row='review'][data-col='total']").InnerTextAsync()).ShouldBe("0");
        await marked.First.ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "06-report-checks.png");

        await page.GotoAsync("/?view=checks&status=fail");
        await page.Locator("#checks-list li").First.WaitForAsync();
        (await page.Locator("#checks-summary").InnerTextAsync()).ShouldMatch(@"共 \d+ 条结果");
        (await page.Locator("#checks-list .check-status").AllInnerTextsAsync()).ShouldAllBe(t => t == "未通过");
        (await page.Locator("#checks-rules tbody tr").CountAsync()).ShouldBe(17);
        (await page.GetAttributeAsync("#checks-csv", "href"))!.ShouldContain("format=csv");
        await ShotAsync(page, "07-checks.png");
    }
}
