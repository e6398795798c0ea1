namespace SearchMining.Mining.Text;

/// <summary>Dice coefficient of the character-bigram sets of two content texts (one-character texts compare as unigrams).</summary>
internal static class BigramSimilarity
{
    public static HashSet<int> Bigrams(string content)
    {
        var set = new HashSet<int>();
        if (content.Length == 1) set.Add(content[0]);
        for (var i = 0; i + 1 < content.Length; i++) set.Add((content[i] << 16) | content[i + 1]);
        return set;
    }

    public static double Dice(HashSet<int> a, HashSet<int> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }

    public static double Dice(string a, string b) => Dice(Bigrams(a), Bigrams(b));
}
