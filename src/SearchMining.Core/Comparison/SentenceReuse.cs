namespace SearchMining.Core.Comparison;

/// <summary>
/// A plain reuse measure: a sentence of the current text counts as reused when at least <c>threshold</c> of its
/// character trigrams (punctuation and spaces ignored) occur in one sentence of the previous text — so a sentence copied
/// with its year changed (2023年 → 2024年) still counts. Sentences shorter than <c>minChars</c> are left out of both
/// the measure and its denominator. The rate is the share of the current text's characters in reused sentences.
/// </summary>
public sealed class SentenceReuse(int minChars = 8, double threshold = 0.8) : ITextReuse
{
    private const string Breaks = "。！？；!?;\n";

    public TextReuse Measure(string current, string previous)
    {
        var now = Sentences(current);
        var before = Sentences(previous);
        var beforeGrams = before.Select(s => Trigrams(s.Normalized)).ToList();
        var passages = new List<ReusedPassage>();
        double total = 0, reused = 0;
        foreach (var sentence in now)
        {
            total += sentence.Normalized.Length;
            var grams = Trigrams(sentence.Normalized);
            var (best, at) = (0.0, -1);
            for (var i = 0; i < before.Count; i++)
            {
                var shared = grams.Count(beforeGrams[i].Contains);
                var containment = grams.Count == 0 ? 0 : (double)shared / grams.Count;
                if (containment > best) (best, at) = (containment, i);
            }
            if (best < threshold) continue;
            reused += sentence.Normalized.Length;
            passages.Add(new ReusedPassage(sentence.Start, sentence.End, before[at].Start, before[at].End, Math.Round(best, 3)));
        }
        return new TextReuse(total == 0 ? 0 : Math.Round(reused / total, 3), passages);
    }

    private sealed record Sentence(int Start, int End, string Normalized);

    private List<Sentence> Sentences(string text)
    {
        var result = new List<Sentence>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !Breaks.Contains(text[i])) continue;
            var end = i < text.Length ? i + 1 : i;
            var normalized = new string(text[start..Math.Min(end, text.Length)].Where(char.IsLetterOrDigit).ToArray());
            if (normalized.Length >= minChars)
            {
                var s = start;
                while (s < end && char.IsWhiteSpace(text[s])) s++;
                result.Add(new Sentence(s, Math.Min(end, text.Length), normalized));
            }
            start = end;
        }
        return result;
    }

    private static HashSet<string> Trigrams(string s)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= s.Length; i++) grams.Add(s.Substring(i, 3));
        return grams;
    }
}
