using System.Buffers;

namespace SearchMining.Analysis.Jieba;

/// <summary>
/// Search mode: after each precise word of three or more characters, the dictionary words inside it (two characters
/// or longer, the word itself excluded), ordered by start then end. This is jieba's cut_for_search generalised from
/// 2- and 3-grams to every inner dictionary word. Start offsets never decrease, as Lucene requires.
/// </summary>
internal static class SearchExpander
{
    private const int MaxInnerWordLength = 64;

    public static void Expand(ReadOnlySpan<char> text, Lexicon lexicon, List<TokenSpan> output, int first, JiebaSegmenterOptions options)
    {
        var count = output.Count - first;
        if (count == 0)
            return;
        var precise = ArrayPool<TokenSpan>.Shared.Rent(count);
        try
        {
            output.CopyTo(first, precise, 0, count);
            output.RemoveRange(first, count);
            Span<int> lengths = stackalloc int[MaxInnerWordLength];
            for (var k = 0; k < count; k++)
            {
                var word = precise[k];
                output.Add(word);
                if (options.JoinDateUnits && DateUnits.IsJoined(text[word.Start..word.End], options.FullWidthAsAscii))
                {
                    output.Add(new TokenSpan(word.Start, word.End - 1));
                    continue;
                }
                if (word.Length < 3)
                    continue;
                for (var i = word.Start; i < word.End - 1; i++)
                {
                    var found = lexicon.PrefixWordLengths(text[i..word.End], lengths);
                    for (var w = 0; w < found; w++)
                    {
                        var length = lengths[w];
                        if (length >= 2 && length < word.Length)
                            output.Add(new TokenSpan(i, i + length));
                    }
                }
            }
        }
        finally
        {
            ArrayPool<TokenSpan>.Shared.Return(precise);
        }
    }
}
