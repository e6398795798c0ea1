using System.Net;
using System.Text;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Ingestion;

public class HtmlInputTests
{
    /// <summary>A government page around a real report: navigation, the report as paragraphs and tables, a footer.</summary>
    private static string PageFor(string text)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政府信息公开年报</title><script>var x = '一、总体情况';</script></head><body>");
        sb.Append("<nav><a href=\"/\">首页</a> | <a href=\"/zwgk\">政务公开</a></nav><div class=\"article\">");
        var inTable = false;
        foreach (var line in text.Replace("\r", "").Split('\n'))
        {
            if (line.Contains('\t'))
            {
                if (!inTable) { sb.Append("<table border=\"1\">"); inTable = true; }
                sb.Append("<tr>").Append(string.Concat(line.Split('\t').Select(c => $"<td>{WebUtility.HtmlEncode(c)}</td>"))).Append("</tr>");
                continue;
            }
            if (inTable) { sb.Append("</table>"); inTable = false; }
            if (line.Trim().Length > 0) sb.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>\n");
        }
        if (inTable) sb.Append("</table>");
        sb.Append("</div><footer>版权所有 © 政府网站 联系我们</footer></body></html>");
        return sb.ToString();
    }

    [Fact]
    public async Task An_html_page_of_a_real_report_parses_without_its_navigation()
    {
        var html = PageFor(SampleCorpus.Text("004_"));
        var outcome = await new ReportFileReader().ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(html)), "xigong.html", CancellationToken.None);

        var report = outcome.Report!;
        report.SourceText.ShouldNotContain("首页");
        report.SourceText.ShouldNotContain("版权所有");
        report.SourceText.ShouldNotContain("var x");
        report.Agency.ShouldBe("西工区工业和信息化局");
        report.Sections.Select(s => s.Title).ShouldContain("存在的主要问题及改进情况");
        report.Tables.Applications.Status.ShouldBe(TableStatus.Parsed);
        report.Tables.ReviewLitigation.Review.ShouldBe(new OutcomeCounts(0, 0, 0, 0, 0));
        report.Statements.Count.ShouldBe(4);
        report.Statements[0].Text.ShouldBe("(一) 主动公开的信息不够全面，覆盖面不广。");
    }

    [Fact]
    public async Task An_html_page_in_gb18030_is_decoded()
    {
        var html = PageFor(SampleCorpus.Text("004_"));
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(html);
        var report = (await new ReportFileReader().ReadAsync(new MemoryStream(bytes), "xigong.htm", CancellationToken.None)).Report!;
        report.Agency.ShouldBe("西工区工业和信息化局");
    }

    [Fact]
    public async Task An_html_page_without_text_is_an_empty_error()
    {
        var outcome = await new ReportFileReader().ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes("<html><body><script>1</script></body></html>")), "blank.html", CancellationToken.None);
        outcome.Error!.Kind.ShouldBe(ParseErrorKind.Empty);
    }

    [Fact]
    public async Task A_page_laid_out_in_tables_still_gives_sections_statements_and_data_tables()
    {
        var inner = PageFor(SampleCorpus.Text("004_"));
        var body = inner[(inner.IndexOf("<div class=\"article\">", StringComparison.Ordinal))..inner.IndexOf("<footer>", StringComparison.Ordinal)];
        var html = "<html><body><table width=\"100%\"><tr><td>当前位置：首页 &gt; 政务公开</td></tr><tr><td>" + body + "</td></tr></table></body></html>";
        var report = (await new ReportFileReader().ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(html)), "layout.html", CancellationToken.None)).Report!;
        report.Sections.Count.ShouldBe(6);
        report.Sections[0].Text.ShouldContain("各项工作。\n（一）主动公开：\n2024 年西工区工信局");   // paragraphs stay paragraphs
        report.SourceText.ShouldContain("一、本年新收政府信息公开申请数量\t\t0\t0");             // the data table stays a table
        report.Tables.Applications.Status.ShouldBe(TableStatus.Parsed);
        report.Statements.Count.ShouldBe(4);
    }
}
