namespace SearchMining.Mining.Distributional;

/// <summary>
/// The CJK character bigrams of a text, in order: the bigrams of each run of CJK ideographs (U+4E00–U+9FFF), runs
/// concatenated (scripts/themes-distributional.py's <c>bigrams_of</c>).
/// </summary>
public static class CjkBigrams
{
    public static IReadOnlyList<string> Of(string text)
    {
        var result = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var cjk = i < text.Length && text[i] >= '\u4e00' && text[i] <= '\u9fff';
            if (cjk && start < 0) start = i;
            if (cjk || start < 0) continue;
            for (var j = start; j + 1 < i; j++) result.Add(text.Substring(j, 2));
            start = -1;
        }
        return result;
    }
}
