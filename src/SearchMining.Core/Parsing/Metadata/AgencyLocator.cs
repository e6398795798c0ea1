using System.Text.RegularExpressions;

namespace SearchMining.Core.Parsing.Metadata;

/// <summary>Finds the agency when the title does not name it: the signature above the closing date, or the 可与…联系 sentence.</summary>
public static partial class AgencyLocator
{
    [GeneratedRegex(@"^[一-龥（）()]{3,30}(?:局|委员会|委|办公室|办公厅|厅|人民政府|政府|办事处|管委会|中心|院|署)$")]
    private static partial Regex OrganisationLine();

    [GeneratedRegex(@"^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"(?:可|请)与(?<org>[一-龥（）()]{3,30}?(?:局|委员会|人民政府|办事处|管委会))联系")]
    private static partial Regex ContactSentence();

    [GeneratedRegex(@"(?<=^|[，,。；;：:\s]|年)(?<name>[一-龥]{2,4}?(?:街道办事处|乡人民政府|镇人民政府|乡|镇))(?![一-龥]{0,1}(?:村|级|里|上|下|内|域|长|政府信息))")]
    private static partial Regex TownshipName();

    /// <summary>
    /// A township or street office that names itself only in passing (2014年,南薰乡未收取…; 官洲街道办事处认真贯彻…):
    /// taken when the text speaks of itself as 我乡/我镇/我街道 or names a 街道办事处, most frequent name first.
    /// </summary>
    public static string? FromSelfReference(string source)
    {
        var names = TownshipName().Matches(source).Select(m => m.Groups["name"].Value)
            .Where(n => n.EndsWith("办事处") || n.EndsWith("政府") || (n.EndsWith('乡') && source.Contains("我乡")) || (n.EndsWith('镇') && source.Contains("我镇")))
            .Where(n => !n.Any(c => "我全各本该现将此".Contains(c)))
            .ToList();
        return names.GroupBy(n => n).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }

    public static string? Locate(string source)
    {
        var lines = TextLine.Split(source).Select(l => l.Of(source).Trim().Trim('\u3000')).Where(l => l.Length > 0).ToList();
        for (var i = lines.Count - 1; i >= Math.Max(1, lines.Count - 4); i--)
        {
            if (DateLine().IsMatch(lines[i]) && OrganisationLine().IsMatch(lines[i - 1]))
                return lines[i - 1];
        }
        var m = ContactSentence().Match(source);
        return m.Success ? m.Groups["org"].Value : null;
    }
}
