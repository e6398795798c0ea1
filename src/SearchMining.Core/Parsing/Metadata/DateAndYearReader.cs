using System.Text.RegularExpressions;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Metadata;

/// <summary>Report year (title, statistics period, most frequent year) and publish date (发布日期 line or the closing date).</summary>
public static partial class DateAndYearReader
{
    // the period's year with 年 or as an ISO date (统计期限自2015-1-1起, where a store replaced 年 by a dash)
    [GeneratedRegex(@"统计(?:期限|时限|时间)[^。]{0,12}?(?<y>(?:19|20)\d\d)\s*(?:年|-\d{1,2}-\d{1,2})")]
    private static partial Regex StatisticsPeriod();

    [GeneratedRegex(@"(?<y>(?:19|20)\d\d)\s*年")]
    private static partial Regex AnyYear();

    /// <summary>A labelled date: 发布日期：2023-01-31, 信息提供日期：2019年3月1日, 发文日期: | 2009-02-27, | 生成日期 | 2026-01-23 16:24 |.</summary>
    /// <remarks>Round 16: or in a metadata row's brackets ([ 成文日期 ] 2024-01-11 [ 公开日期 ] 2024-01-11, h1211).</remarks>
    /// <remarks>Round 18: or a label alone on its line, the date alone on the next (• 发布日期 / 2021-01-29, h627).</remarks>
    /// <remarks>
    /// Round 24: the date line bulleted as its label (  • 发布日期 /   • 2014-02-06, h812), and a bare 日期 alone on its line over the
    /// date alone on the next (a metadata list's 日期 / 2024-01-31, h813).
    /// </remarks>
    [GeneratedRegex(@"(?:发布日期|发布时间|印发日期|成文日期|发文日期|信息提供日期|提供日期|公开日期|(?<=^[ \t\u3000]*(?:[" + LineBullets.Chars + @"][ \t\u3000]*)?)日期(?=[ \t\u3000]*\r?\n))\s*(?:[:：]\s*\|?|\||[\]】］]|[ \t\u3000]*\r?\n[ \t\u3000]*(?:[" + LineBullets.Chars + @"][ \t\u3000]*)?(?=(?:" + WrittenDate.Pattern + @")[ \t\u3000]*\r?$))\s*(?:" + WrittenDate.Pattern + ")", RegexOptions.Multiline)]
    private static partial Regex PublishedLabel();

    /// <summary>
    /// Round 20: a page header's publication label whose date a mirror wrote with spaces (发布日期: 2017- 02- 20 14: 37, h503,
    /// h1140) or after spaces only (发布机构 … 发布日期 2026-01-19 17:25, h1034) — read after every other label.
    /// </summary>
    [GeneratedRegex(@"(?:发布日期|发布时间)(?:[ \t\u3000]*[:：])?[ \t\u3000]*(?<y>(?:19|20)\d\d)[ \t\u3000]*-[ \t\u3000]*(?<m>[01]?\d)[ \t\u3000]*-[ \t\u3000]*(?<d>[0-3]?\d)(?![\d-])")]
    private static partial Regex SpacedHeaderLabel();

    /// <summary>A publication label with the year in two digits (发布时间:17-03-08: day, month and year all written; gold-3 rule 6).</summary>
    [GeneratedRegex(@"(?:发布日期|发布时间)\s*[:：]\s*(?<yy>\d\d)-(?<m>[01]\d)-(?<d>[0-3]\d)(?![\d-])")]
    private static partial Regex TwoDigitYearLabel();

    /// <summary>A header's date line beside the 来源 label, maybe bulleted (2022年01月18日来源:…, • 2024年01月31日 above • 来源: …).</summary>
    /// <remarks>
    /// Round 16: or beside the header's 作者/点击数 labels, in a table cell (| 2026-01-20 作者:佚名 点击数: |, h1235). Round 18: after
    /// the portal's name and address, the time maybe written 14时11分 (中央政府门户网站 www.gov.cn 2014-03-25 10:21 来源: 外交部网站,
    /// h416, h1050).
    /// </remarks>
    [GeneratedRegex(@"^\s*(?:[" + LineBullets.Chars + @"|]\s*)?(?:[一-龥]{2,16}[ \t\u3000]+(?:https?://)?[a-z0-9.-]+\.(?:cn|com|net|org)[ \t\u3000]+)?(?:" + WrittenDate.Pattern + @")(?:[ \t\u3000]*\d{1,2}(?::\d{2}(?::\d{2})?|时\d{1,2}分))?[ \t\u3000]*(?<source>(?:来源|作者|点击数|浏览次数)[:：].*)?$")]
    private static partial Regex DateBesideSource();

    /// <summary>A body's name alone on its line (青浦区民防办公室): the issuer of a metadata block.</summary>
    [GeneratedRegex("^" + AgencyName.Pattern + "$")]
    private static partial Regex IssuerLine();

    /// <summary>A line that opens with the 来源 label, maybe bulleted.</summary>
    [GeneratedRegex(@"^\s*(?:[" + LineBullets.Chars + @"]\s*)?来源\s*[:：]")]
    private static partial Regex SourceLabelLine();

    /// <summary>How far down a page the header's date beside its 来源 line is looked for.</summary>
    private const int HeaderLines = 12;

    /// <summary>A document system's generation date (公文生成日期 | 2026-01-23): weaker than a publication label on the same page.</summary>
    /// <remarks>
    /// Round 21: or the label alone on its line and the date, maybe with its time, alone on the next (生成日期 / 2020-01-08
    /// 09:49:05, h1515: a metadata block of one cell a line).
    /// </remarks>
    [GeneratedRegex(@"(?:公文生成日期|生成日期)(?:\s*(?:[:：]\s*\|?|\|)\s*|[ \t\u3000]*\r?\n[ \t\u3000]*(?=(?:" + WrittenDate.Pattern + @")(?:[ \t\u3000]+\d{1,2}:\d\d(?::\d\d)?)?[ \t\u3000]*\r?$))(?:" + WrittenDate.Pattern + ")", RegexOptions.Multiline)]
    private static partial Regex GeneratedLabel();

    /// <summary>An aggregator's header date-time written day first (01.04.2019  09:54).</summary>
    [GeneratedRegex(@"^\s*(?<d>[0-3]\d)\.(?<m>[01]\d)\.(?<y>(?:19|20)\d\d)\s+\d{1,2}:\d{2}")]
    private static partial Regex DayFirstHeader();

    /// <summary>A bare 时间:/日期: label (时间:2012-04-12 10:47), not a statistics period nor an expiry date.</summary>
    /// <remarks>Round 18: nor a document system's generation date (公文生成日期), which <see cref="GeneratedLabel"/> reads after it.</remarks>
    [GeneratedRegex(@"(?<!统计|截止|截至|废止|生效|实施|有效|失效|生成)(?:时间|日期)\s*(?:[:：]\s*\|?|\|)\s*(?:" + WrittenDate.Pattern + ")")]
    private static partial Regex TimeLabel();

    /// <summary>A page header that starts with the date and time of publication (2019-03-28 18:26  来源：…).</summary>
    [GeneratedRegex(@"^\s*(?:[" + LineBullets.Chars + @"]\s*)?(?:" + WrittenDate.Pattern + @")\s*\d{1,2}:\d{2}")]
    private static partial Regex DateTimeHeader();

    /// <summary>A page's listing line that ends with its date after a space (2017年上海市统计局…年度报告 上海市统计局 2018-02-24).</summary>
    [GeneratedRegex(@"^[^。]{2,60}?[ \t\u3000]+(?:" + WrittenDate.Pattern + @")(?:[ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?$")]
    private static partial Regex TrailingDate();

    /// <summary>
    /// The report naming itself in its lead: a book title that is a report (现发布《蒙城县工业和信息化局2024年政府信息公开工作年度报告》
    /// — not 《…关于做好2016年政府信息公开工作年度报告的通知》, a notice about another report), or 现将 + the year + the
    /// report (现将2017年度政府信息公开工作情况报告如下, 现将2013年我区信息公开情况报告如下).
    /// </summary>
    [GeneratedRegex(@"《[^《》。]{0,40}?(?<y>(?:19|20)\d\d)\s*年度?[^《》。]{0,30}?(?:报告|年报)》|现(?:将|把|就|予)(?:[^《》。，,]{0,20}?)(?<y>(?:19|20)\d\d)\s*年度?[^《》。]{0,30}?(?:报告|年报)")]
    private static partial Regex OwnReportInLead();

    /// <summary>
    /// Round 18: a cover's date in brackets, alone on its line or after the report's title ((2015年3月27日), h223, h341, h1319;
    /// …年度报告(二〇一〇年十二月二十日), h837; gold-3 rule 6).
    /// </summary>
    [GeneratedRegex(@"^(?:[^。]{0,60}?报告)?\s*[（(]\s*(?:" + WrittenDate.Pattern + @")\s*[）)]$")]
    private static partial Regex BracketedCoverDate();

    /// <summary>A book title (《…》): the name of a document, whose years are that document's, not the report's.</summary>
    [GeneratedRegex(@"《[^《》\n]{0,80}》")]
    private static partial Regex BookTitle();

    /// <summary>
    /// The year reported on: the title's, unless the statistics period says another year (a page titled with the year it
    /// was published, 应急管理部2020年…报告 above 统计期限为2019年1月1日至2019年12月31日: the period is what the report
    /// counts); else the period's; else the year of the report as its lead names itself (<paramref name="lead"/>: the
    /// text before the first heading); else the year written most often outside the names of documents (《…2016年…的通知》
    /// cites another year's notice), or anywhere when only such names write one.
    /// </summary>
    public static int? Year(string source, int? titleYear, string lead = "")
    {
        var m = StatisticsPeriod().Match(source);
        if (titleYear is not null) return m.Success && PeriodYear(source, m) is { } period && period != titleYear ? period : titleYear;
        if (m.Success) return int.Parse(m.Groups["y"].Value);
        if (OwnReportInLead().Match(lead) is { Success: true } own) return int.Parse(own.Groups["y"].Value);
        var counted = ComparedYear().Replace(source, "");
        var outsideTitles = BookTitle().Replace(counted, "");
        if (SubjectYear(outsideTitles) is { } subject) return subject;
        return MostWritten(outsideTitles) ?? MostWritten(counted);
    }

    /// <summary>
    /// Wave 16: a sentence that opens with a year and the body as its subject (2022年我委共制发公文4476件, 2013年，本局…): the
    /// year the report tells of, when every such sentence names the same one — before counting the years written, which a
    /// report without a title ties with the documents it published (2021年部门决算, 2021年度…绩效评价报告, h1419).
    /// </summary>
    [GeneratedRegex(@"(?:^|[。\n；;！!])\s*(?<y>(?:19|20)\d\d)\s*年度?\s*[，,]?\s*(?:我|本)(?:委|局|办|厅|署|会|镇|乡|县|区|市|旗|街道|机关|单位|院|中心|所|站|部)")]
    private static partial Regex SubjectYearSentence();

    private static int? SubjectYear(string text)
    {
        var years = SubjectYearSentence().Matches(text).Select(x => int.Parse(x.Groups["y"].Value)).Distinct().ToList();
        return years.Count == 1 ? years[0] : null;
    }

    /// <summary>
    /// Round 18: a year the text measures against, not the one it reports on (在2011年工作的基础上, 较2011年, 比2011年, 与2011年相比,
    /// h540 reporting on 2012): left out of the count of written years.
    /// </summary>
    [GeneratedRegex(@"在\s*(?:19|20)\d\d\s*年[^。，,；;]{0,8}?基础上|(?:较|比)\s*(?:19|20)\d\d\s*年度?|与\s*(?:19|20)\d\d\s*年度?(?:同期)?相比")]
    private static partial Regex ComparedYear();

    private static int? MostWritten(string text)
    {
        var years = AnyYear().Matches(text).Select(x => int.Parse(x.Groups["y"].Value)).ToList();
        if (years.Count == 0) return null;
        return years.GroupBy(y => y).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    /// <summary>A statistics period's window after its label: up to the end of its sentence or this many characters.</summary>
    private const int PeriodWindow = 48;

    /// <summary>The year of a statistics period that starts and ends in one year (2019年1月1日至2019年12月31日), or null.</summary>
    private static int? PeriodYear(string source, Match period)
    {
        var window = source.Substring(period.Index, Math.Min(PeriodWindow, source.Length - period.Index)).Split('。')[0];
        var years = AnyYear().Matches(window).Select(y => int.Parse(y.Groups["y"].Value)).Distinct().ToList();
        return years.Count == 1 ? years[0] : null;
    }

    /// <summary>The labelled publication date (or a page header's date and time), else the date under the closing signature.</summary>
    public static DateOnly? PublishDate(string source)
    {
        // round 18: a page header's 时间 (时间:2019-01-14 08:41 under the title) before a document system's 公文生成日期 in the
        // metadata block above it (gold: the header date, h208, h651, h652, h829)
        foreach (var label in new[] { PublishedLabel(), TimeLabel(), GeneratedLabel(), SpacedHeaderLabel() })
            foreach (Match m in label.Matches(source))
                if (WrittenDate.Of(m) is { } labelled) return labelled;
        if (TwoDigitYearLabel().Match(source) is { Success: true } twoDigit)
        {
            var (y, mo, d) = (2000 + int.Parse(twoDigit.Groups["yy"].Value), int.Parse(twoDigit.Groups["m"].Value), int.Parse(twoDigit.Groups["d"].Value));
            if (mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)) return new DateOnly(y, mo, d);
        }
        var lines = TextLine.Split(source).Select(l => l.Of(source).Trim().Trim('\u3000')).Where(l => l.Length > 0).ToList();
        // the header's date beside its 来源 line, on the same line or the line above it (as a page's article header writes it)
        for (var i = 0; i < Math.Min(HeaderLines, lines.Count); i++)
            if (DateBesideSource().Match(lines[i]) is { Success: true } beside
                && (beside.Groups["source"].Success || (i + 1 < lines.Count && SourceLabelLine().IsMatch(lines[i + 1])))
                && WrittenDate.Of(beside) is { } besideDate) return besideDate;
        foreach (var line in lines.Take(10))
            if ((DateTimeHeader().Match(line) is { Success: true } h ? h : DayFirstHeader().Match(line)) is { Success: true } hm && WrittenDate.Of(hm) is { } header) return header;
        // a cover or page header: a date line, or an issuer and its date, among the title lines before the first sentence
        foreach (var line in lines.Take(4).TakeWhile(l => !l.Contains('。') && l.Length <= 60))
            if (WrittenDate.ParseLine(line) is { } cover) return cover;
            else if (BracketedCoverDate().Match(line) is { Success: true } bracketed && WrittenDate.Of(bracketed) is { } bracketedDate) return bracketedDate;
            else if (WrittenDate.IssuerAndDateLine().Match(line) is { Success: true } issuer && WrittenDate.Of(issuer) is { } issued) return issued;
            else if (TrailingDate().Match(line) is { Success: true } listed && WrittenDate.Of(listed) is { } listedDate) return listedDate;
        // round 18: after the cover: a metadata block's issuer alone on its line and its date alone on the next (青浦区民防办公室 /
        // 2017.01.19, h654, h1203: gold-3's unlabelled date beside the issuing office; a listing line's date comes first, h239)
        for (var i = 1; i < Math.Min(HeaderLines, lines.Count); i++)
            if (WrittenDate.ParseLine(lines[i]) is { } issued && IssuerLine().IsMatch(lines[i - 1])) return issued;
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - 3); i--)
        {
            if (WrittenDate.ParseLine(lines[i]) is { } closing) return closing;
        }
        return ClosingBlock.RunInDate(source);
    }

    public static ReportTemplate Template(string source, int? year)
    {
        if (source.Contains("本年制发件数") || source.Contains("国办公开办函〔2021〕30号") || source.Contains("逾期不补正")) return ReportTemplate.Template2021;
        if (source.Contains("本年新制作数量") || source.Contains("第（九）项") || source.Contains("第(九)项")) return ReportTemplate.Template2019;
        if (source.Contains("概述") || source.Contains("收费及减免") || source.Contains("支出与收费")) return ReportTemplate.Pre2019;
        return year switch
        {
            >= 2021 => ReportTemplate.Template2021,
            >= 2019 => ReportTemplate.Template2019,
            not null => ReportTemplate.Pre2019,
            _ => ReportTemplate.Unknown,
        };
    }
}
