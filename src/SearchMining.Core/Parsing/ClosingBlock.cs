using System.Text.RegularExpressions;

namespace SearchMining.Core.Parsing;

/// <summary>
/// The signature and date that close a report (三亚市海棠区人民政府 / 2015年3月15日), and an appendix after them
/// (附表：…): not part of the last section's text. Found as the last lines, or run into the text of a flattened page
/// (…推动工作深入开展。 平潭县质量技术监督局二○一○年四月十日 附表：指标名称…).
/// </summary>
public static partial class ClosingBlock
{
    private const string Organisation = @"[一-龥（）()]{3,30}(?:局|委员会|委|办公室|办公厅|厅|人民政府|政府|办事处|管委会|中心|院|署)";

    [GeneratedRegex(@"^" + Organisation + "$")]
    private static partial Regex OrganisationLine();

    [GeneratedRegex(@"(?<=[。；！？\s])(?<org>" + Organisation + @")?[ \t\u3000]*(?:" + WrittenDate.Pattern + @")(?=\s*(?:附表|附件|$))")]
    private static partial Regex RunInSignature();

    /// <summary>An appendix after the text: 附表：, 附件:1., 附：…统计表, or the title of a statistics table run on (平潭县民政局信息公开情况统计表 指标名称…).</summary>
    [GeneratedRegex(@"(?<=[。；！？]\s*|\n\s*)(?:(?:附表|附件)\s*\d?\s*[：:]|附\s*[：:]|[^\s。；，,、：:]{2,40}?统计表(?=\s|$))")]
    private static partial Regex Appendix();

    /// <summary>The date of a signature run into the text (flattened pages), or null.</summary>
    public static DateOnly? RunInDate(string source)
    {
        var signature = RunInSignature().Matches(source).LastOrDefault(m => m.Index >= source.Length / 2);
        return signature is null ? null : WrittenDate.Of(signature);
    }

    /// <summary>The organisation of a signature run into the text with its date (…处理费。 平潭综合实验区海坛片区管理局 2024年1月24日), or null.</summary>
    public static string? RunInSignatureName(string source)
    {
        var signature = RunInSignature().Matches(source).LastOrDefault(m => m.Index >= source.Length / 2);
        return signature is { } m && m.Groups["org"].Success ? m.Groups["org"].Value : null;
    }

    public static bool IsSignatureOrDate(string line) => WrittenDate.IsDateLine(line) || OrganisationLine().IsMatch(line);

    /// <summary>
    /// Offset where the closing block starts, or the text length when there is none. Only a block with a date (or an
    /// appendix) counts; one run into a flattened page is looked for in the second half and in the last section
    /// (which starts at <paramref name="lastSectionStart"/>), so a long attachment does not hide it.
    /// </summary>
    public static int Start(string source, int lastSectionStart = int.MaxValue)
    {
        var lines = TextLine.Split(source).Where(l => source[l.Start..l.End].Trim().Length > 0).ToList();
        if (lines.Count >= 2)
        {
            var last = lines[^1];
            var lastText = source[last.Start..last.End].Trim().Trim('\u3000');
            if (WrittenDate.IsDateLine(lastText))
            {
                var start = last.Start;
                var previous = lines[^2];
                if (OrganisationLine().IsMatch(source[previous.Start..previous.End].Trim().Trim('\u3000'))) start = previous.Start;
                return start;
            }
        }
        // run into the text (flattened pages): the last signature-and-date, or an appendix, in the second half
        var from = Math.Min(source.Length / 2, lastSectionStart);
        var appendix = Appendix().Matches(source).FirstOrDefault(m => m.Index >= from);
        var signature = RunInSignature().Matches(source).LastOrDefault(m => m.Index >= from && (appendix is null || m.Index <= appendix.Index));
        if (signature is not null) return signature.Groups["org"].Success ? signature.Groups["org"].Index : signature.Index;
        return appendix?.Index ?? source.Length;
    }
}
