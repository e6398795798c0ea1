using System.Text.RegularExpressions;

namespace SearchMining.Core.Parsing;

/// <summary>The signature and date that close a report (三亚市海棠区人民政府 / 2015年3月15日): not part of the last section's text.</summary>
public static partial class ClosingBlock
{
    [GeneratedRegex(@"^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^[一-龥（）()]{3,30}(?:局|委员会|委|办公室|办公厅|厅|人民政府|政府|办事处|管委会|中心|院|署)$")]
    private static partial Regex OrganisationLine();

    public static bool IsSignatureOrDate(string line) => DateLine().IsMatch(line) || OrganisationLine().IsMatch(line);

    /// <summary>Offset where the closing block starts, or the text length when there is none. Only a block ending in a date counts.</summary>
    public static int Start(string source)
    {
        var lines = TextLine.Split(source).Where(l => source[l.Start..l.End].Trim().Length > 0).ToList();
        if (lines.Count < 2) return source.Length;
        var last = lines[^1];
        var lastText = source[last.Start..last.End].Trim().Trim('\u3000');
        if (!DateLine().IsMatch(lastText)) return source.Length;
        var start = last.Start;
        var previous = lines[^2];
        if (OrganisationLine().IsMatch(source[previous.Start..previous.End].Trim().Trim('\u3000'))) start = previous.Start;
        return start;
    }
}
