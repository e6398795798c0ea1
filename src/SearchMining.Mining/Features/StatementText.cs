using System.Text.RegularExpressions;
using SearchMining.Core.Normalization;

namespace SearchMining.Mining.Features;

/// <summary>
/// Prepares statement text for the model: folds Traditional characters (and PDF compatibility forms) to Simplified
/// with the parser's <see cref="ChineseCharacterFold"/>, so a Traditional statement gets the features of its Simplified
/// form, and drops the item marker (一是, 1., （二）) so numbering never becomes a feature.
/// </summary>
public static partial class StatementText
{
    [GeneratedRegex(@"^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.．、]|[一二三四五六七八九十]{1,3}(?:、|是(?!否)))\s*")]
    private static partial Regex LeadingMarker();

    public static string Normalize(string text) => LeadingMarker().Replace(ChineseCharacterFold.Fold(text.Trim()), "", 1);
}
