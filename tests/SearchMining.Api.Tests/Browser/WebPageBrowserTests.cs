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
}
