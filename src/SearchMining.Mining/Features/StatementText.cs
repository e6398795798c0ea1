using System.Text.RegularExpressions;

namespace SearchMining.Mining.Features;

/// <summary>Prepares statement text for the model: drops the item marker (一是, 1., （二）) so numbering never becomes a feature.</summary>
public static partial class StatementText
{
    [GeneratedRegex(@"^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.．、]|[一二三四五六七八九十]{1,3}(?:、|是(?!否)))\s*")]
    private static partial Regex LeadingMarker();

    public static string Normalize(string text) => LeadingMarker().Replace(text.Trim(), "", 1);
}
