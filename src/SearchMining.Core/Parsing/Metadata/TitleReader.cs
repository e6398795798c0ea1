using System.Text.RegularExpressions;

namespace SearchMining.Core.Parsing.Metadata;

/// <summary>Reads agency and year from the title lines at the top of a report (they may be split over two lines).</summary>
public static partial class TitleReader
{
    [GeneratedRegex(@"^(?<agency>.+?)(?<year>(?:19|20)\d\d)年度?(?:政府)?信息公开")]
    private static partial Regex AgencyThenYear();

    [GeneratedRegex(@"^(?<year>(?:19|20)\d\d)年度?(?<agency>.+?)(?:政府)?信息公开")]
    private static partial Regex YearThenAgency();

    [GeneratedRegex(@"^(?:附件\s*\d*|发布(?:日期|时间)[:：].*|[-—]+)$")]
    private static partial Regex SkippableLine();

    public static TitleInfo Read(string source)
    {
        var lines = new List<string>();
        foreach (var line in TextLine.Split(source))
        {
            var text = line.Of(source).Trim().Trim('\u3000');
            if (text.Length == 0 || SkippableLine().IsMatch(text)) continue;
            if (text.StartsWith("标题:") || text.StartsWith("标题：")) text = text[3..].Trim();
            if (text.Length > 60 || text.Contains('。') || text.Contains('\t')) break;
            lines.Add(text);
            if (lines.Count == 3 || text.Contains("报告")) break;
        }
        var title = Regex.Replace(string.Concat(lines), @"\s+", "");
        if (!title.Contains("报告") && !title.Contains("信息公开")) return new TitleInfo(null, null, null);
        foreach (var pattern in new[] { AgencyThenYear(), YearThenAgency() })
        {
            var m = pattern.Match(title);
            if (!m.Success) continue;
            var agency = m.Groups["agency"].Value.Trim('（', '(', '）', ')', '“', '”', '《', '》');
            return new TitleInfo(agency.Length >= 2 ? agency : null, int.Parse(m.Groups["year"].Value), title);
        }
        return new TitleInfo(null, null, title);
    }
}
