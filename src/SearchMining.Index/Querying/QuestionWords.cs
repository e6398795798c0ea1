namespace SearchMining.Index.Querying;

/// <summary>
/// Words that make a query a question (怎么, 多少, 还是, 几名 …) and say nothing about what a section must hold: a person
/// types 信息发布前怎么审核 or 专职人员几名, the reports write 审核 and 专职人员 3 名. Dropped from plain query words (not
/// from quotes), unless they are all the query has. General Chinese question words, not taken from any judged need.
/// </summary>
internal static class QuestionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "怎么", "怎样", "怎么样", "如何", "多少", "哪里", "哪儿", "哪些", "哪个", "什么", "为什么", "是否", "还是", "有没有",
        "是不是", "能不能", "吗", "呢", "吧", "啊", "了没", "几",
    };

    /// <summary>Measure words after 几 / 多少 (几名, 几场, 多少篇, 多少件).</summary>
    private const string Measures = "名个位人场次篇件条项家天年期批";

    /// <summary>Drops the question words of <paramref name="words"/> (and a measure word cut off after 几 / 多少); all of them when nothing else is left.</summary>
    public static IReadOnlyList<string> Without(IReadOnlyList<string> words)
    {
        var content = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsQuestion(words[i])) content.Add(words[i]);
            else if (words[i] is "几" or "多少" && i + 1 < words.Count && words[i + 1].Length == 1 && Measures.Contains(words[i + 1], StringComparison.Ordinal)) i++;
        }
        return content.Count > 0 ? content : words;
    }

    /// <summary><paramref name="text"/> with its question words of two or more characters cut out (多少 is not a 少 of a problem).</summary>
    public static string RemoveFrom(string text)
    {
        foreach (var word in Words.Where(w => w.Length > 1).OrderByDescending(w => w.Length))
            text = text.Replace(word, " ", StringComparison.Ordinal);
        return text;
    }

    public static bool IsQuestion(string word) =>
        Words.Contains(word)
        || word.Length == 2 && word[0] == '几' && Measures.Contains(word[1], StringComparison.Ordinal)
        || word.Length == 3 && word.StartsWith("多少", StringComparison.Ordinal) && Measures.Contains(word[2], StringComparison.Ordinal);
}
