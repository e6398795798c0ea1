namespace SearchMining.Index.Ranking;

/// <summary>
/// Features of a (query, section) pair for the re-ranker, each in about [0, 1]: the first stage's rank and score, how much
/// of the query the section holds (words as written, related words, literal whole query, query bigrams), where the words
/// sit (span), the section's kind and length, whether it repeats a section ranked above it, and the need's shape (contact,
/// figure, commitment) against the section's look (contact marks, digit density, future wording).
/// </summary>
public static class RerankFeatures
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "rank", "score share", "held share", "related share", "missing share", "whole query", "bigram share", "span",
        "tf", "preamble", "overview", "proactive", "applications", "review", "problems", "other", "length", "repeat",
        "contact need", "contact need x contact marks", "figure need", "figure need x digits", "commitment need",
        "commitment need x future words", "digits", "specific held share", "longest shared run", "query characters held",
    ];

    /// <summary>Share of a text's characters above which a section is dense in figures (a table).</summary>
    private const double DigitDensityScale = 0.2;
    /// <summary>Bigram overlap (Jaccard) above which a section repeats one ranked above it.</summary>
    public const double RepeatOverlap = 0.8;
    private static readonly string[] ContactMarks = ["电话", "@", "邮箱", "地址", "传真", "邮编"];
    private static readonly string[] FutureWords = ["下一步", "今后", "将进一步", "将继续", "将加强", "明年", "下一年"];
    private static readonly string[] Topics = ["preamble", "overview", "proactive", "applications", "reviewlitigation", "problems", "other"];

    /// <summary>One feature vector per candidate, in the order given (the first stage's order).</summary>
    public static float[][] Compute(string query, IReadOnlyList<RerankCandidate> candidates)
    {
        // The query's text without its question words (怎么, 多少, 几名 … are not searched for); the need's shape reads them.
        var whole = new string(Querying.QuestionWords.RemoveFrom(query).Where(ch => !char.IsWhiteSpace(ch) && ch != '"' && ch != '+').ToArray());
        var queryBigrams = Bigrams(whole);
        var top = candidates.Count == 0 ? 1f : Math.Max(candidates.Max(c => c.Score), 1e-6f);
        var contact = NeedShape.AsksContact(query);
        var figure = NeedShape.AsksFigure(query);
        var commitment = NeedShape.AsksCommitment(query);
        var seen = new List<HashSet<int>>();
        // How specific each held word is among the candidates: a word every candidate holds says little (-log of its share).
        var words = candidates.SelectMany(c => c.Matched).Distinct(StringComparer.Ordinal).ToList();
        var specificity = words.ToDictionary(w => w, w => Math.Log((candidates.Count + 1.0) / (candidates.Count(c => c.Matched.Contains(w)) + 0.5)), StringComparer.Ordinal);
        var queryChars = whole.Where(ch => !QuestionChar(ch)).Distinct().ToList();
        var result = new float[candidates.Count][];
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var text = c.Text;
            var bigrams = Bigrams(text);
            var total = c.Matched.Count + c.Missing + c.Related;
            var digits = text.Length == 0 ? 0 : text.Count(char.IsDigit) / (double)text.Length;
            var repeat = seen.Any(s => Repeats(s, bigrams));
            seen.Add(bigrams);
            var contactMarks = ContactMarks.Count(m => text.Contains(m, StringComparison.Ordinal)) / (double)ContactMarks.Length;
            var future = FutureWords.Any(w => text.Contains(w, StringComparison.Ordinal)) ? 1 : 0;
            var tf = c.Matched.Sum(w => Occurrences(text, w));
            var f = new List<float>
            {
                1f / MathF.Log2(i + 2),
                c.Score / top,
                total == 0 ? 0 : c.Matched.Count / (float)total,
                total == 0 ? 0 : c.Related / (float)total,
                total == 0 ? 0 : c.Missing / (float)total,
                whole.Length > 1 && text.Contains(whole, StringComparison.Ordinal) ? 1 : 0,
                queryBigrams.Count == 0 ? 0 : queryBigrams.Count(bigrams.Contains) / (float)queryBigrams.Count,
                Span(text, c.Matched),
                (float)(Math.Log(1 + tf) / Math.Log(100)),
            };
            f.AddRange(Topics.Select(t => t == c.Topic ? 1f : 0f));
            f.Add((float)(Math.Log(1 + text.Length) / Math.Log(10000)));
            f.Add(repeat ? 1 : 0);
            f.Add(contact ? 1 : 0);
            f.Add(contact ? (float)contactMarks : 0);
            f.Add(figure ? 1 : 0);
            f.Add(figure ? (float)Math.Min(1, digits / DigitDensityScale) : 0);
            f.Add(commitment ? 1 : 0);
            f.Add(commitment ? future : 0);
            f.Add((float)Math.Min(1, digits / DigitDensityScale));
            var specificAll = specificity.Values.Sum();
            f.Add(specificAll <= 0 ? 0 : (float)(c.Matched.Where(specificity.ContainsKey).Sum(w => specificity[w]) / specificAll));
            f.Add(whole.Length == 0 ? 0 : LongestSharedRun(whole, text) / (float)whole.Length);
            f.Add(queryChars.Count == 0 ? 0 : queryChars.Count(ch => text.Contains(ch)) / (float)queryChars.Count);
            result[i] = [.. f];
        }
        return result;
    }

    private static bool QuestionChar(char ch) => char.IsPunctuation(ch) || char.IsSymbol(ch) || char.IsDigit(ch) is false && ch < 128 && !char.IsLetter(ch);

    /// <summary>Length of the longest run of the query's characters found as written in the text.</summary>
    private static int LongestSharedRun(string query, string text)
    {
        var best = 0;
        for (var start = 0; start < query.Length && query.Length - start > best; start++)
        {
            var length = best + 1;
            while (start + length <= query.Length && text.Contains(query.AsSpan(start, length), StringComparison.Ordinal)) best = length++;
        }
        return best;
    }

    /// <summary>1 when the held words sit close together (the shortest window holding one of each, against their length), else less.</summary>
    private static float Span(string text, IReadOnlyList<string> held)
    {
        if (held.Count < 2) return held.Count == 1 ? 1 : 0;
        var positions = held.Select(w => AllIndexes(text, w).ToList()).Where(p => p.Count > 0).ToList();
        if (positions.Count < 2) return 1;
        var events = positions.SelectMany((p, k) => p.Select(x => (Pos: x, Word: k))).OrderBy(e => e.Pos).ToList();
        var count = new int[positions.Count];
        var covered = 0;
        var best = int.MaxValue;
        var left = 0;
        foreach (var e in events)
        {
            if (count[e.Word]++ == 0) covered++;
            while (covered == positions.Count)
            {
                best = Math.Min(best, e.Pos - events[left].Pos);
                if (--count[events[left].Word] == 0) covered--;
                left++;
            }
        }
        var need = held.Sum(w => w.Length);
        return best == int.MaxValue ? 0 : Math.Min(1f, need / (float)Math.Max(need, best + 1));
    }

    private static IEnumerable<int> AllIndexes(string text, string word)
    {
        if (word.Length == 0) yield break;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal)) yield return at;
    }

    private static int Occurrences(string text, string word) => AllIndexes(text, word).Count();

    /// <summary>The text's distinct character bigrams (two UTF-16 units packed in one int), whitespace excluded.</summary>
    private static HashSet<int> Bigrams(string text)
    {
        var set = new HashSet<int>();
        for (var i = 0; i + 1 < text.Length; i++)
            if (!char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i + 1])) set.Add(text[i] << 16 | text[i + 1]);
        return set;
    }

    /// <summary>Whether two bigram sets overlap by at least <see cref="RepeatOverlap"/> (Jaccard), stopping as soon as they cannot.</summary>
    private static bool Repeats(HashSet<int> a, HashSet<int> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        var (small, large) = a.Count < b.Count ? (a, b) : (b, a);
        // Jaccard ≤ small / large, and ≥ t needs shared ≥ t (|a| + |b|) / (1 + t): stop once the misses rule that out.
        if (small.Count < RepeatOverlap * large.Count) return false;
        var needed = (int)Math.Ceiling(RepeatOverlap * (a.Count + b.Count) / (1 + RepeatOverlap) - 1e-9);
        var allowedMisses = small.Count - needed;
        var misses = 0;
        var shared = 0;
        foreach (var x in small)
        {
            if (large.Contains(x)) shared++;
            else if (++misses > allowedMisses) return false;
        }
        return shared / (double)(a.Count + b.Count - shared) >= RepeatOverlap;
    }
}
