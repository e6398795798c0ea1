using System.Text.RegularExpressions;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Metadata;

/// <summary>Report year (title, statistics period, most frequent year) and publish date (发布日期 line or the closing date).</summary>
public static partial class DateAndYearReader
{
    [GeneratedRegex(@"统计(?:期限|时限|时间)[^。]{0,12}?(?<y>(?:19|20)\d\d)\s*年")]
    private static partial Regex StatisticsPeriod();

    [GeneratedRegex(@"(?<y>(?:19|20)\d\d)\s*年")]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"(?:发布日期|发布时间|印发日期|成文日期)\s*[:：]\s*(?<y>(?:19|20)\d\d)\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})")]
    private static partial Regex PublishedLabel();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d\d)\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日$")]
    private static partial Regex ClosingDate();

    public static int? Year(string source, int? titleYear)
    {
        if (titleYear is not null) return titleYear;
        var m = StatisticsPeriod().Match(source);
        if (m.Success) return int.Parse(m.Groups["y"].Value);
        var years = AnyYear().Matches(source).Select(x => int.Parse(x.Groups["y"].Value)).ToList();
        if (years.Count == 0) return null;
        return years.GroupBy(y => y).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    public static DateOnly? PublishDate(string source)
    {
        var m = PublishedLabel().Match(source);
        if (m.Success) return Date(m);
        var lines = TextLine.Split(source).Select(l => l.Of(source).Trim().Trim('\u3000')).Where(l => l.Length > 0).ToList();
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - 3); i--)
        {
            var c = ClosingDate().Match(lines[i]);
            if (c.Success) return Date(c);
        }
        return null;
    }

    private static DateOnly? Date(Match m)
    {
        var y = int.Parse(m.Groups["y"].Value);
        var mo = int.Parse(m.Groups["m"].Value);
        var d = int.Parse(m.Groups["d"].Value);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
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
