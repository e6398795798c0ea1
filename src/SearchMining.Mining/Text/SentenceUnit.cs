using SearchMining.Index.Highlighting;

namespace SearchMining.Mining.Text;

/// <summary>A sentence of a text: [Start, End) in it, its content characters and their bigrams.</summary>
internal sealed record SentenceUnit(int Start, int End, string Content, HashSet<int> Bigrams)
{
    /// <summary>The sentences of <paramref name="text"/> that hold at least one content character.</summary>
    public static IReadOnlyList<SentenceUnit> Split(string text)
    {
        var units = new List<SentenceUnit>();
        foreach (var span in SentenceSplitter.Split(text))
        {
            var content = ContentText.Of(text, span.Start, span.End).Text;
            if (content.Length > 0) units.Add(new SentenceUnit(span.Start, span.End, content, BigramSimilarity.Bigrams(content)));
        }
        return units;
    }

    /// <summary>The most similar of <paramref name="others"/> (index -1 when none shares a bigram).</summary>
    public (int Index, double Similarity) MostSimilar(IReadOnlyList<SentenceUnit> others)
    {
        var best = (Index: -1, Similarity: 0.0);
        for (var i = 0; i < others.Count; i++)
        {
            var similarity = Content == others[i].Content ? 1.0 : BigramSimilarity.Dice(Bigrams, others[i].Bigrams);
            if (similarity > best.Similarity) best = (i, similarity);
        }
        return best;
    }
}
