using SearchMining.Index.Analysis;

namespace SearchMining.Index.Querying;

/// <summary>
/// Decides <c>"a b"~N</c> on a text: every word of the phrase occurs, in any order, inside a stretch of text that holds at
/// most N other words. Words are counted on the query analyzer's precise segmentation (function words such as 的 are stop
/// words and not counted; punctuation is never a word); a word that overlaps an occurrence of a phrase word is part of it.
/// </summary>
internal static class ProximityMatcher
{
    /// <param name="words">The phrase's words (at least one).</param>
    /// <param name="tokens">The text's tokens from the precise query analyzer, in order.</param>
    public static bool Matches(string text, IReadOnlyList<string> words, int slop, IReadOnlyList<AnalyzedToken> tokens)
    {
        var occurrences = new List<(int Start, int End, int Word)>();
        for (var w = 0; w < words.Count; w++)
        {
            var found = false;
            for (var at = text.IndexOf(words[w], StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(words[w], at + 1, StringComparison.OrdinalIgnoreCase))
            {
                occurrences.Add((at, at + words[w].Length, w));
                found = true;
            }
            if (!found) return false;
        }
        if (words.Count == 1) return true;
        occurrences.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));

        // Smallest windows [left..right] of occurrences that hold every word (two pointers over the sorted occurrences).
        var counts = new int[words.Count];
        var covered = 0;
        var left = 0;
        for (var right = 0; right < occurrences.Count; right++)
        {
            if (counts[occurrences[right].Word]++ == 0) covered++;
            while (covered == words.Count)
            {
                if (OtherWords(occurrences, left, right, tokens) <= slop) return true;
                if (--counts[occurrences[left].Word] == 0) covered--;
                left++;
            }
        }
        return false;
    }

    /// <summary>Tokens inside the window's span that overlap none of the window's occurrences.</summary>
    private static int OtherWords(List<(int Start, int End, int Word)> occurrences, int left, int right, IReadOnlyList<AnalyzedToken> tokens)
    {
        var start = occurrences[left].Start;
        var end = occurrences[left].End;
        for (var i = left; i <= right; i++) end = Math.Max(end, occurrences[i].End);
        var count = 0;
        foreach (var token in tokens)
        {
            if (token.End <= start) continue;
            if (token.Start >= end) break;
            var overlaps = false;
            for (var i = left; i <= right && !overlaps; i++)
                overlaps = token.Start < occurrences[i].End && token.End > occurrences[i].Start;
            if (!overlaps) count++;
        }
        return count;
    }
}
