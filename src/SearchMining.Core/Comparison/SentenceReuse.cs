namespace SearchMining.Core.Comparison;

/// <summary>
/// A plain reuse meter for when Mining's is not wired (Core tests, a bare checker): a sentence's share is the fraction of
/// its character trigrams (letters, digits and ideographs only) found in the earlier text, so a sentence copied with its
/// year changed (2023年 → 2024年), or split or joined differently, still counts as repeated; it is shown beside the
/// earlier sentence that shares most trigrams with it. Sentences shorter than
/// <c>minChars</c> are not counted. Reused characters are those of sentences repeated at <c>threshold</c> or more.
/// No template phrases are excluded (Mining's meter learns them from the corpus).
/// </summary>
public sealed class SentenceReuse(int minChars = 8, double threshold = 0.8) : ITextReuseMeter
{
    private const string Breaks = "。！？；!?;\n";

    public TextReuse Measure(string current, string previous)
    {
        var now = Sentences(current);
        if (now.Count == 0) return TextReuse.Empty;
        var before = Sentences(previous);
        var beforeGrams = before.Select(s => Trigrams(s.Normalized)).ToList();
        var allBefore = beforeGrams.SelectMany(g => g).ToHashSet(StringComparer.Ordinal);
        var sentences = new List<ReusedSentence>();
        int counted = 0, reused = 0;
        foreach (var sentence in now)
        {
            counted += sentence.Normalized.Length;
            var grams = Trigrams(sentence.Normalized);
            // the share found anywhere earlier (a sentence split or joined differently still counts) …
            var share = grams.Count == 0 ? 0 : (double)grams.Count(allBefore.Contains) / grams.Count;
            // … shown beside the earlier sentence sharing most of it
            var (best, at) = (0, -1);
            for (var i = 0; i < before.Count; i++)
            {
                var shared = grams.Count(beforeGrams[i].Contains);
                if (shared > best) (best, at) = (shared, i);
            }
            if (share >= threshold) reused += sentence.Normalized.Length;
            sentences.Add(new ReusedSentence(sentence.Start, sentence.End, Math.Round(share, 3),
                at < 0 ? -1 : before[at].Start, at < 0 ? -1 : before[at].End));
        }
        return new TextReuse(Math.Round((double)reused / counted, 3), counted, reused, sentences);
    }

    private sealed record Sentence(int Start, int End, string Normalized);

    private List<Sentence> Sentences(string text)
    {
        var result = new List<Sentence>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !Breaks.Contains(text[i])) continue;
            var end = Math.Min(i + 1, text.Length);
            var normalized = new string(text[start..end].Where(char.IsLetterOrDigit).ToArray());
            if (normalized.Length >= minChars)
            {
                var s = start;
                while (s < end && char.IsWhiteSpace(text[s])) s++;
                result.Add(new Sentence(s, end, normalized));
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
