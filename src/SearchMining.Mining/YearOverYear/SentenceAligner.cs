using SearchMining.Mining.Text;

namespace SearchMining.Mining.YearOverYear;

/// <summary>
/// Aligns this year's sentences of a section with last year's: pairs by bigram similarity, best pairs first, each
/// sentence used once; a pair at or above the match threshold is unchanged or changed, the rest added or removed.
/// Rows follow this year's order, a removed sentence placed before the first sentence that pairs with a later one.
/// </summary>
internal static class SentenceAligner
{
    public static IReadOnlyList<SentenceChange> Align(string current, string previous, double threshold)
    {
        var cur = SentenceUnit.Split(current);
        var prev = SentenceUnit.Split(previous);
        var candidates = new List<(int C, int P, double Similarity)>();
        for (var c = 0; c < cur.Count; c++)
        {
            for (var p = 0; p < prev.Count; p++)
            {
                var similarity = cur[c].Content == prev[p].Content ? 1.0 : BigramSimilarity.Dice(cur[c].Bigrams, prev[p].Bigrams);
                if (similarity >= threshold) candidates.Add((c, p, similarity));
            }
        }
        var pairOf = Enumerable.Repeat(-1, cur.Count).ToArray();
        var similarityOf = new double[cur.Count];
        var taken = new bool[prev.Count];
        foreach (var (c, p, similarity) in candidates.OrderByDescending(x => x.Similarity).ThenBy(x => x.C).ThenBy(x => x.P))
        {
            if (pairOf[c] >= 0 || taken[p]) continue;
            pairOf[c] = p;
            similarityOf[c] = similarity;
            taken[p] = true;
        }

        string Text(string text, SentenceUnit unit) => text[unit.Start..unit.End];
        var rows = new List<SentenceChange>();
        var emitted = new bool[prev.Count];
        void EmitRemovedBefore(int limit)
        {
            for (var p = 0; p < limit; p++)
            {
                if (taken[p] || emitted[p]) continue;
                emitted[p] = true;
                rows.Add(new SentenceChange(SentenceChangeKind.Removed, null, Text(previous, prev[p]), 0, []));
            }
        }
        for (var c = 0; c < cur.Count; c++)
        {
            var p = pairOf[c];
            if (p < 0)
            {
                rows.Add(new SentenceChange(SentenceChangeKind.Added, Text(current, cur[c]), null, 0, []));
                continue;
            }
            EmitRemovedBefore(p);
            var (now, before) = (Text(current, cur[c]), Text(previous, prev[p]));
            rows.Add(cur[c].Content == prev[p].Content
                ? new SentenceChange(SentenceChangeKind.Unchanged, now, before, 1.0, [])
                : new SentenceChange(SentenceChangeKind.Changed, now, before, similarityOf[c], CharacterDiff.Of(before, now)));
        }
        EmitRemovedBefore(prev.Count);
        return rows;
    }
}
