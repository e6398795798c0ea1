using System.Text.RegularExpressions;
using SearchMining.Core.Normalization;

namespace SearchMining.Core.Parsing;

/// <summary>
/// The text the parser reads: the source folded to Simplified (<see cref="ChineseWordFold"/>: words, then characters) and the pinyin that
/// some converted mirrors put after a character (規(guī)范, 衛(wèi)生) or between characters (報 bào 告) blanked to spaces. Same length as the source, so every
/// offset found in the view is an offset in the text as written; the same instance when nothing changes.
/// </summary>
public static partial class ReadingView
{
    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF])[(（][a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,6}[)）]")]
    private static partial Regex PinyinAnnotation();

    /// <summary>A toned pinyin syllable written between characters without brackets (報 bào 告, 報bào告), as other mirrors write it.</summary>
    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF][ \u3000]?)[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,6}(?![a-zA-Z])")]
    private static partial Regex PinyinBetweenCharacters();

    /// <summary>
    /// A toneless pinyin syllable in brackets after a character, once or more (國(guo)資(zi)委, 中(zhong)(zhong)國, h1604): read as a gloss
    /// only in a text that writes at least <see cref="TonelessMinimum"/> of them, so a lone bracketed letter or word stays.
    /// </summary>
    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF])(?:[(（](?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v|ü)[)）])+")]
    private static partial Regex TonelessPinyinAnnotation();

    private const int TonelessMinimum = 8;

    public static string Of(string source)
    {
        // round 14: Traditional words whose Simplified form is another character (計畫 → 计划) fold as words first
        var folded = ChineseWordFold.Fold(source);
        var matches = PinyinAnnotation().Matches(folded).Concat(PinyinBetweenCharacters().Matches(folded)).ToList();
        var toneless = TonelessPinyinAnnotation().Matches(folded);
        if (toneless.Count >= TonelessMinimum) matches.AddRange(toneless);
        if (matches.Count == 0) return folded;
        var chars = folded.ToCharArray();
        foreach (var m in matches) Array.Fill(chars, ' ', m.Index, m.Length);
        return new string(chars);
    }
}
