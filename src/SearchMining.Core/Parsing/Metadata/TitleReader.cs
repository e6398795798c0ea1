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
            var text = line.Of(source).Trim().Trim('\u3000').TrimStart('#', ' ').Trim('*');
            if (text.Length == 0 || SkippableLine().IsMatch(text)) continue;
            if (text.StartsWith("标题:") || text.StartsWith("标题：")) text = text[3..].Trim();
            if (text.Length > 60 || text.Contains('。') || text.Contains('\t')) break;
            lines.Add(Regex.Replace(text, @"\s+", ""));
            if (lines.Count == 4) break;
        }
        string? titleText = null;
        // the title may sit on one line or be split over two (agency / year + 政府信息公开工作年度报告), after a page title
        for (var i = 0; i < lines.Count; i++)
        {
            for (var n = 1; n <= 2 && i + n <= lines.Count; n++)
            {
                var title = string.Concat(lines.Skip(i).Take(n));
                if (!title.Contains("报告") && !title.Contains("信息公开")) continue;
                titleText ??= title;
                foreach (var pattern in new[] { AgencyThenYear(), YearThenAgency() })
                {
                    var m = pattern.Match(title);
                    if (!m.Success) continue;
                    var agency = m.Groups["agency"].Value.Trim('（', '(', '）', ')', '“', '”', '《', '》');
                    if (agency.Length < 2 || agency.Contains("信息公开") || agency.Contains("年报") || agency.Contains("报告")) continue;
                    return new TitleInfo(agency, int.Parse(m.Groups["year"].Value), title);
                }
            }
        }
        return new TitleInfo(null, null, titleText);
    }
}
