using System.Text.RegularExpressions;
using SearchMining.Index.Analysis;
using SearchMining.Index.Querying;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;

namespace SearchMining.Index.Highlighting;

/// <summary>
/// Picks the best 1–3 passages of a section for a query and marks the matched words in them. Words are matched on the
/// tokens (with offsets) of the word analyzer, so a highlight is a token the query matched; phrases are marked only where
/// the whole phrase occurs. Passages are whole sentences; an over-long sentence is cut around its first match (at a comma where one is near).
/// </summary>
public sealed class SnippetHighlighter(IndexAnalyzers analyzers)
{
    public const int MaxSnippetLength = 160;

    public IReadOnlyList<Snippet> Highlight(string text, HighlightTerms terms, int maxSnippets)
    {
        if (maxSnippets <= 0 || string.IsNullOrEmpty(text)) return [];
        var sentences = SentenceSplitter.Split(text);
        if (sentences.Count == 0) return [];
        // Cheap pass: rank sentences by the query words they contain as substrings; analyse only the best few.
        var candidates = sentences
            .Select((s, index) => (Sentence: s, Index: index, Rough: RoughScore(text.Substring(s.Start, s.Length), terms)))
            .Where(x => x.Rough > 0)
            .OrderByDescending(x => x.Rough).ThenBy(x => x.Index)
            .Take(maxSnippets * 2)
            .ToList();
        var scored = candidates
            .Select(x => (x.Sentence, x.Index, Matches: FindMatches(text, x.Sentence, terms)))
            .Where(x => x.Matches.Literal.Count + x.Matches.Related.Count > 0)
            .OrderByDescending(x => x.Matches.Literal.Concat(x.Matches.Related).Select(m => text[m.Start..m.End]).Distinct().Count())
            .ThenByDescending(x => x.Matches.Literal.Count)
            .ThenBy(x => x.Index)
            .Take(maxSnippets)
            .ToList();
        if (scored.Count == 0) return [Cut(text, sentences[0], new Matches([], []))];
        return scored.Select(x => Cut(text, x.Sentence, x.Matches)).ToList();
    }

    /// <summary>Spans of query words (<see cref="Literal"/>) and of related words (<see cref="Related"/>), never overlapping.</summary>
    public sealed record Matches(IReadOnlyList<(int Start, int End)> Literal, IReadOnlyList<(int Start, int End)> Related);

    private static int RoughScore(string sentence, HighlightTerms terms) =>
        terms.Words.Count(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase)) * 10
        + terms.Prefixes.Count(p => sentence.Contains(p, StringComparison.OrdinalIgnoreCase)) * 10
        + terms.Related.Count(r => sentence.Contains(r, StringComparison.OrdinalIgnoreCase)) * 5
        + terms.Phrases.Count(p => p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts
                                   && sentence.Contains(parts[0], StringComparison.OrdinalIgnoreCase)) * 20;

    /// <summary>
    /// Matches in one sentence; when the word analyzer cut the sentence so that no query word is a token of its own
    /// (the hit came through the bigram field), the query words of two or more characters are marked as substrings instead.
    /// </summary>
    private Matches FindMatches(string text, SentenceSpan sentence, HighlightTerms terms)
    {
        var part = text.Substring(sentence.Start, sentence.Length);
        var matches = FindMatches(part, terms);
        var literal = matches.Literal;
        if (literal.Count == 0)
        {
            var spans = new List<(int Start, int End)>();
            foreach (var word in terms.Words.Where(w => w.Length >= 2))
                spans.AddRange(Occurrences(part, word));
            literal = WithoutOverlaps(Merge(spans), matches.Related);
        }
        return new Matches(
            literal.Select(m => (m.Start + sentence.Start, m.End + sentence.Start)).ToList(),
            matches.Related.Select(m => (m.Start + sentence.Start, m.End + sentence.Start)).ToList());
    }

    /// <summary>Matched spans in <paramref name="text"/>, merged where they overlap or touch; related words win over query-word parts inside them.</summary>
    /// <remarks>
    /// Only sentences that contain a query word as a substring are analysed (every token is a substring of its sentence,
    /// and the word analyzer never joins sentences), which keeps highlighting cheap on long sections.
    /// </remarks>
    public Matches FindMatches(string text, HighlightTerms terms)
    {
        var spans = new List<(int Start, int End)>();
        if (terms.Words.Count > 0 || terms.Prefixes.Count > 0)
        {
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                var part = text.Substring(sentence.Start, sentence.Length);
                if (!terms.Words.Any(w => part.Contains(w, StringComparison.OrdinalIgnoreCase))
                    && !terms.Prefixes.Any(p => part.Contains(p, StringComparison.OrdinalIgnoreCase))) continue;
                foreach (var token in TokenReader.Read(analyzers.Words, IndexFields.TextWords, part))
                {
                    if (token.End > part.Length) continue;
                    if (terms.Words.Contains(token.Term) || terms.Prefixes.Any(p => token.Term.StartsWith(p, StringComparison.Ordinal)))
                        spans.Add((sentence.Start + token.Start, sentence.Start + token.End));
                }
            }
        }
        foreach (var phrase in terms.Phrases)
        {
            var parts = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            var pattern = string.Join(@"\s*", parts.Select(Regex.Escape));
            foreach (Match m in Regex.Matches(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
                spans.Add((m.Index, m.Index + m.Length));
        }
        var related = Merge(terms.Related.SelectMany(r => Occurrences(text, r)).ToList());
        return new Matches(WithoutOverlaps(Merge(spans), related), related);
    }

    private static IEnumerable<(int Start, int End)> Occurrences(string text, string word)
    {
        if (word.Length == 0) yield break;
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
            yield return (at, at + word.Length);
    }

    private static List<(int Start, int End)> WithoutOverlaps(List<(int Start, int End)> spans, IReadOnlyList<(int Start, int End)> others) =>
        spans.Where(s => !others.Any(o => s.Start < o.End && s.End > o.Start)).ToList();

    private static List<(int Start, int End)> Merge(List<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans.OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            else
                merged.Add(span);
        }
        return merged;
    }

    private static Snippet Cut(string text, SentenceSpan sentence, Matches matches)
    {
        var start = sentence.Start;
        var end = sentence.End;
        if (sentence.Length > MaxSnippetLength)
        {
            var first = matches.Literal.Concat(matches.Related).Select(m => m.Start).DefaultIfEmpty(sentence.Start).Min();
            var anchor = first;
            start = Math.Max(sentence.Start, anchor - MaxSnippetLength / 3);
            start = ClauseStart(text, sentence.Start, start);
            end = Math.Min(sentence.End, start + MaxSnippetLength);
        }
        List<int[]> Inside(IReadOnlyList<(int Start, int End)> spans) => spans
            .Where(m => m.Start >= start && m.End <= end)
            .Select(m => new[] { m.Start - start, m.End - start })
            .ToList();
        return new Snippet(text[start..end], Inside(matches.Literal), start) { RelatedHighlights = Inside(matches.Related) };
    }

    /// <summary>Moves a cut forward to just after the nearest comma, when one is close.</summary>
    private static int ClauseStart(string text, int sentenceStart, int start)
    {
        for (var i = start; i > sentenceStart && i > start - 20; i--)
            if (text[i - 1] is '，' or ',' or '、' or '：') return i;
        return start;
    }
}
