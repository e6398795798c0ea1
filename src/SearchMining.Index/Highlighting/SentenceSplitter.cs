namespace SearchMining.Index.Highlighting;

/// <summary>Splits Chinese text into sentences at 。！？；, their half-width forms and line breaks.</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        var sentences = new List<SentenceSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isEnd = c is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '\n';
            if (!isEnd) continue;
            // keep closing quotes/brackets with the sentence they end
            var end = i + 1;
            while (end < text.Length && text[end] is '”' or '’' or '」' or '）' or ')') end++;
            Add(sentences, text, start, end);
            start = end;
            i = end - 1;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static void Add(List<SentenceSpan> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new SentenceSpan(start, end));
    }
}
