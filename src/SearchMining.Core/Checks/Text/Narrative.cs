using System.Globalization;
using System.Text.RegularExpressions;
using SearchMining.Core.Checks.Evidence;
using SearchMining.Core.Domain;
using SearchMining.Core.Normalization;

namespace SearchMining.Core.Checks.Text;

/// <summary>A number (or a stated zero) the narrative gives, with the sentence it is in as evidence.</summary>
/// <param name="Phrase">The matched phrase, folded to simplified characters.</param>
/// <param name="FoldedSentence">The sentence folded to simplified characters (for further patterns).</param>
public sealed record StatedNumber(decimal Value, CheckEvidence Sentence, string Phrase, string FoldedSentence);

/// <summary>Finding stated numbers in the clean text of a report's sections, with their sentences mapped back to the source.</summary>
public static class Narrative
{
    private const string SentenceBreaks = "。；;！？!?\n";

    /// <summary>
    /// Every match of <paramref name="pattern"/> in the sections of the given topics (all when none given). The value
    /// is the group <c>n</c> (× 10000 when group <c>wan</c> matched), or 0 when the match has no such group (a stated none).
    /// </summary>
    public static IEnumerable<StatedNumber> Find(Report report, Regex pattern, params SectionTopic[] topics)
    {
        foreach (var section in report.Sections.Where(s => topics.Length == 0 || topics.Contains(s.Topic)))
        {
            // Traditional text (總體情況, 申請) is matched through the 1:1 fold, so offsets and the evidence stay as written
            foreach (Match m in pattern.Matches(ChineseCharacterFold.Fold(section.Text)))
            {
                var value = m.Groups["n"].Success
                    ? decimal.Parse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * (m.Groups["wan"].Success ? 10000m : 1m)
                    : 0m;
                var (start, end) = SentenceAround(section.Text, m.Index, m.Index + m.Length);
                yield return new StatedNumber(value, Sentences.InSection(report, section, start, end), m.Value, ChineseCharacterFold.Fold(section.Text[start..end]));
            }
        }
    }

    /// <summary>The sentence (between 。；！？ or line breaks) around <c>[start, end)</c>.</summary>
    public static (int Start, int End) SentenceAround(string text, int start, int end)
    {
        var s = start;
        while (s > 0 && !SentenceBreaks.Contains(text[s - 1])) s--;
        var e = end;
        while (e < text.Length && !SentenceBreaks.Contains(text[e])) e++;
        if (e < text.Length && text[e] != '\n') e++;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        return (s, e);
    }
}
