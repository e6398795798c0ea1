using System.Text.RegularExpressions;

namespace SearchMining.Core.Parsing.Metadata;

/// <summary>Reads agency and year from the title lines at the top of a report (they may be split over two lines).</summary>
public static partial class TitleReader
{
    /// <summary>
    /// The disclosure words of a title: 政府信息公开, 信息公开, 政务信息公开, 政务公开 (2015年区住建委政务公开年报). Defined once for
    /// both title orders.
    /// </summary>
    private const string Disclosure = @"(?:(?:政府|政务)?信息(?:年度)?公开|政务公开)";

    // the year may be written without 年 right before the disclosure words (龙湾区审计局2019政务信息公开年报)
    [GeneratedRegex(@"^(?<agency>.+?)(?:关于)?(?<year>(?:19|20)\d\d)(?:年度?(?:的)?|(?=(?:政府|政务)?信息|政务公开))" + Disclosure)]
    private static partial Regex AgencyThenYear();

    /// <remarks>The year may be glued to the name without 年 (2016呼和浩特市人民政府办公厅 / 政府信息公开工作年度工作报告).</remarks>
    [GeneratedRegex(@"^(?<year>(?:19|20)\d\d)(?:年度?)?(?<agency>.+?)(?<!人民)(?<!政务)" + Disclosure)]
    private static partial Regex YearThenAgency();

    /// <summary>A title that writes no year (驼峰路街道办事处政府信息公开工作年度报告): the name, then the whole report title; the year is read from the body.</summary>
    [GeneratedRegex(@"^(?<agency>.+?)(?<!人民)(?<!政务)" + Disclosure + @"(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)$")]
    private static partial Regex AgencyWithoutYear();

    /// <summary>A name as a title writes it: ending in an organisation or place word (政务 of 2012年度政务信息公开年度报告 is none).</summary>
    /// <remarks>A body's sub-unit that posted the page (…审计局法制综合科) is read here and cut back to the body (<see cref="AgencyName.WithoutSubUnit"/>).</remarks>
    [GeneratedRegex("^(?:" + AgencyName.Pattern + "(?:机关|" + AgencyName.SubUnitTail + ")?|[一-龥]{2,30}(?:大学|学校|公司|集团))$")]
    private static partial Regex NameShape();

    [GeneratedRegex(@"^(?:附件\s*\d*|发布(?:日期|时间)[:：].*|[-—]+)$")]
    private static partial Regex SkippableLine();

    /// <summary>Page furniture around a title: hit counters, source/time lines, document numbers (南政发[2013]05, 侯水利〔2011〕47号), font-size and print links.</summary>
    [GeneratedRegex(@"^(?:访问量|点击数|浏览次数|来源|时间|日期|发布机构|索引号|文号|字号|字体|【字体|打印|分享|大中小|\d{4}-\d{1,2}-\d{1,2}|[一-龥]{1,6}[\[〔【（(]\d{4}[\]〕】）)]\s*\d+号?)")]
    private static partial Regex PageFurniture();

    /// <summary>A 标题/名称 label before the title, maybe spaced (标      题, 名        称).</summary>
    [GeneratedRegex(@"^(?:标[ \t\u3000]*题|名[ \t\u3000]*称|题[ \t\u3000]*名|文件名称|信息名称|内容概述|内容摘要)[ \t\u3000]*[:：]?[ \t\u3000]*")]
    private static partial Regex TitleLabel();

    /// <summary>
    /// A title that is a notice publishing the report: 贺州市人民政府办公室关于公布贺州市2009年政府信息公开工作年度报告的通知,
    /// 教育部办公厅关于2017年教育部政府信息公开工作年度报告的公告 — the report's agency is the one after 关于.
    /// </summary>
    [GeneratedRegex(@"关于(?:公布|印发|发布|公开|(?=(?:19|20)\d\d年))")]
    private static partial Regex PublishingNotice();

    /// <summary>
    /// A metadata label alone on its line, its value on the next (• 信息索引号: / 发布机构: / 公开方式:): page chrome, value
    /// included. Short and ending in a colon, so no title line.
    /// </summary>
    [GeneratedRegex(@"^[一-龥 \u3000]{2,8}[:：]$")]
    private static partial Regex LabelOnly();

    /// <summary>
    /// A metadata label of a page's list alone on its line without its colon (• 索引号 / 20240914-… / • 发布机构 /
    /// 开远市人民政府办公室, h627): its value on the next line is chrome too, even when it reads as a name.
    /// </summary>
    [GeneratedRegex(@"^(?:索引号|信息索引号|发布机构|发文机关|文号|发文字号|发布日期|成文日期|发文日期|公开日期|时效性|有效性|公开方式|公开范围|主题分类|所属机构|信息来源)$")]
    private static partial Regex BareMetadataLabel();

    /// <summary>How many lines a title and the page title above it may take.</summary>
    private const int TitleLines = 6;

    /// <summary>How many menu lines without a title's words may stand above the title before the reading stops.</summary>
    private const int MaxMenuLines = 20;

    public static TitleInfo Read(string source)
    {
        var menuLines = 0;
        var lines = new List<string>();
        var headerAfter = 0; // lines before this index stand above a page's header block
        var blurbs = 0;
        var runOn = false; // the last line is a title cut from the lead's first sentence
        var labelValue = false; // the line after a label alone on its line is its value
        var metadataLabel = false; // the line after a bare metadata label is its value, chrome whatever it reads as
        foreach (var line in TextLine.Split(source))
        {
            var text = TitleSegment(line.Of(source)).Trim().Trim('\u3000').TrimStart('#', ' ', '-', '•', '·', '●', '◆', '■', '▪').Trim().Trim('*').Trim();
            if (TitleLabel().Match(text) is { Success: true } label) text = text[label.Length..];
            if (text.Length == 0) continue;
            // a page's metadata block (label on one line, value on the next) before the title: chrome, not title lines; a
            // label left empty (字体:) may stand right above the title, so a value that reads as a name is kept
            var value = labelValue;
            var metadataValue = metadataLabel;
            metadataLabel = BareMetadataLabel().IsMatch(text);
            labelValue = LabelOnly().IsMatch(text);
            if (labelValue || metadataLabel || metadataValue || (value && !NameShape().IsMatch(Compact(text))))
            {
                if (lines.Count > 0) headerAfter = lines.Count;
                continue;
            }
            if (SkippableLine().IsMatch(text) || PageFurniture().IsMatch(text) || WrittenDate.IssuerAndDateLine().IsMatch(text))
            {
                // a header block (来源/发布时间/索引号, an issuer and its date) after a title: the report's own title may follow
                if (lines.Count > 0) headerAfter = lines.Count;
                continue;
            }
            // site chrome and injected spam before the title: never a title line, and no reason to stop reading
            text = PageChrome.WithoutSpam(text).Trim();
            if (PageChrome.IsNavigation(text))
            {
                // a breadcrumb that ends with the page's own title
                text = PageChrome.LastSegment(text);
                if (!text.Contains("报告") && !text.Contains("年报")) continue;
            }
            if (text.Length == 0 || PageChrome.IsChrome(text)) continue;
            if (text.Length > 60 || text.Contains('。') || text.Contains('\t'))
            {
                // a title run on into the first sentence (大竹县2009年政府信息公开工作年度报告(以下简称年报)根据…)
                var end = text.IndexOf("报告", StringComparison.Ordinal);
                if (end > 0 && end < 58 && !text[..end].Contains('。'))
                {
                    lines.Add(Compact(text[..(end + 2)]));
                    runOn = true;
                }
                // a site's blurb among its menu before the title (政府信息公开意见箱是根据…设立的): the title may follow it
                else if (blurbs++ == 0 && !lines.Any(l => ReportTitle().IsMatch(l)) && ReportTitle().IsMatch(NextLine(source, line))) continue;
                break;
            }
            lines.Add(Compact(text));
            if (lines.Count < TitleLines) continue;
            // a site menu of short lines above the title (网站首页 / 无障碍 / 长者专区 / 智能问答 / 旧版 …): while none of the
            // lines read so far is a title's, the window moves on, up to the first sentence (which stops the reading above)
            if (lines.Any(l => l.Contains("报告") || l.Contains("信息公开") || l.Contains("年报")) || ++menuLines > MaxMenuLines) break;
            lines.RemoveAt(0);
            if (headerAfter > 0) headerAfter--;
        }
        // a page with a site title above its header block and the report's own title after it: the report's own title wins
        var read = headerAfter > 0 && Read(lines.Skip(headerAfter).ToList()) is { Agency: not null } own ? own : Read(lines);
        // the title lines above a lead that names the report again: when the lead writes the same name with characters
        // dropped (遂宁市船山区河沙镇人民政府 / 2018年…报告 above 遂宁市船山河沙镇人民政府2018年…报告(以下简称年报)是根据…),
        // the title's own lines are the name as written
        if (runOn && read.Agency is { } leadName && Read(lines[..^1]) is { Agency: { } titleName } title
            && titleName.Length > leadName.Length && DropsCharacters(titleName, leadName))
            return title with { Year = title.Year ?? read.Year };
        // round 16: a title that names no agency (2015年政府信息公开工作年度报告, written twice) with the author's name standing
        // alone on the line under it (上虞区科学技术局, then the addressee 上虞区人民政府信息公开办公室:): the title's agency, before
        // any 发布单位 line of the page's metadata (h1215)
        if (read.Agency is null && AuthorLine(source) is { } author) return read with { Agency = author };
        return read;
    }

    /// <summary>How many lines from the top a report's own title may stand for <see cref="AuthorLine"/>.</summary>
    private const int AuthorLineReach = 30;

    /// <summary>
    /// The name on the line right under the report's own title (a year, then 信息公开…报告, naming no body; repeated lines
    /// skipped): the whole line a body's name, no label, no addressee (no colon), no sentence; null otherwise.
    /// </summary>
    private static string? AuthorLine(string source)
    {
        var underTitle = false;
        foreach (var line in TextLine.Split(source).Take(AuthorLineReach))
        {
            var text = Compact(line.Of(source)).Trim('\u3000');
            if (text.Length == 0) continue;
            if (ReportTitle().IsMatch(text))
            {
                underTitle = true;
                continue;
            }
            if (!underTitle) continue;
            return NameShape().IsMatch(text) && AgencyName.IsPlausible(text, title: true) && !text.Contains("信息公开") ? text : null;
        }
        return null;
    }

    /// <summary>Whether <paramref name="shorter"/> is <paramref name="full"/> with some of its characters left out (the same characters in the same order).</summary>
    private static bool DropsCharacters(string full, string shorter)
    {
        var i = 0;
        foreach (var c in full)
            if (i < shorter.Length && shorter[i] == c) i++;
        return i == shorter.Length;
    }

    private static TitleInfo Read(List<string> lines)
    {
        string? titleText = null;
        // the title sits on one line (tried first) or is split over two (agency / year + 政府信息公开工作年度报告), maybe after a page title
        for (var n = 1; n <= 2; n++)
        {
            for (var i = 0; i + n <= lines.Count; i++)
            {
                var title = string.Concat(lines.Skip(i).Take(n));
                if (!title.Contains("报告") && !title.Contains("信息公开") && !title.Contains("年报")) continue;
                titleText ??= title;
                var notice = PublishingNotice().Match(title);
                // the report named after 关于 first; the notice's issuer (XX关于2017年政府信息公开…) when nothing follows 关于
                var reads = notice.Success ? new[] { title[(notice.Index + notice.Length)..], title } : [title];
                foreach (var read in reads)
                {
                    foreach (var pattern in new[] { AgencyThenYear(), YearThenAgency() })
                    {
                        var m = pattern.Match(read);
                        if (!m.Success) continue;
                        if (AgencyOf(m) is { } agency) return new TitleInfo(agency, int.Parse(m.Groups["year"].Value), title);
                    }
                }
            }
        }
        // a title without a year, read only when no title line names a year (the year comes from the body)
        foreach (var line in lines)
        {
            if (AgencyWithoutYear().Match(line) is { Success: true } m && AgencyOf(m) is { } agency) return new TitleInfo(agency, null, titleText);
        }
        return new TitleInfo(null, null, titleText);
    }

    /// <summary>
    /// The agency a title pattern read (its <c>agency</c> group, quotes and stray brackets off), or null when it is no body's
    /// name: implausible, holding the report's own words, or a line that names no body before or after its year
    /// (2012年度政务信息公开年度报告 under the agency's line).
    /// </summary>
    private static string? AgencyOf(Match m)
    {
        var agency = WithoutStrayBrackets(m.Groups["agency"].Value.Trim('“', '”', '《', '》'));
        return AgencyName.IsPlausible(agency, title: true) && !agency.Contains("信息公开") && !agency.Contains("年报") && !agency.Contains("报告")
            && NameShape().IsMatch(agency) ? agency : null;
    }

    /// <summary>
    /// A name without the brackets the title put around it, keeping a bracketed alias whole: （平潭县）… → 平潭县…, but
    /// 云南滇中新区临空先进制造业发展局（临空先进制造业区管委会） keeps its closing bracket (the alias is dropped later, by rule).
    /// </summary>
    private static string WithoutStrayBrackets(string name)
    {
        static int Count(string s, char a, char b) => s.Count(c => c == a || c == b);
        while (name.Length > 0 && name[^1] is '）' or ')' && Count(name, '）', ')') > Count(name, '（', '(')) name = name[..^1];
        while (name.Length > 0 && name[0] is '（' or '(' && Count(name, '（', '(') > Count(name, '）', ')')) name = name[1..];
        while (name.Length > 2 && name[0] is '（' or '(' && name[^1] is '）' or ')' && Count(name, '（', '(') == 1) name = name[1..^1];
        return name;
    }

    /// <summary>A report's own title line: a year, then 信息公开…报告/年报, short and no sentence.</summary>
    [GeneratedRegex(@"^[^。，,]{0,30}?(?:19|20)\d\d\s*年度?[^。，,]{0,30}?信息公开[^。，,]{0,12}?(?:报告|年报)\s*$")]
    private static partial Regex ReportTitle();

    /// <summary>A line without its whitespace (平 潭 县 …), as every title line is kept: compacted once, when read.</summary>
    private static string Compact(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>The next non-empty line after <paramref name="line"/>, trimmed.</summary>
    private static string NextLine(string source, TextLine line)
    {
        foreach (var next in TextLine.Within(source, line.End, source.Length))
        {
            var text = next.Of(source).Trim().Trim('\u3000');
            if (text.Length > 0) return text;
        }
        return "";
    }

    /// <summary>The part of a line that can hold a title: of "site | title | …" cells, the one that names a report.</summary>
    private static string TitleSegment(string line)
    {
        if (!line.Contains('|')) return line;
        var cells = line.Split('|').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        return cells.FirstOrDefault(c => c.Contains("报告") || c.Contains("年报")) ?? string.Join(" ", cells);
    }
}
