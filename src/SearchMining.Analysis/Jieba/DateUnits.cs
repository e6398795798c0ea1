namespace SearchMining.Analysis.Jieba;

/// <summary>
/// Joins a run of digits with the date unit right after it (2024 年 → 2024年, 12 月 → 12月, 31 日 → 31日). When the
/// HMM glued the unit to the next character into a non-dictionary word (31 / 日止), the unit moves to the number
/// (31日 / 止); dictionary words that start with a unit (年底, 日报) are left alone.
/// </summary>
internal static class DateUnits
{
    public static void Join(ReadOnlySpan<char> text, List<TokenSpan> output, int first, bool fullWidthAsAscii, Lexicon lexicon)
    {
        var write = first;
        for (var read = first; read < output.Count; read++)
        {
            var token = output[read];
            if (read + 1 < output.Count)
            {
                var next = output[read + 1];
                if (next.Start == token.End && CharClasses.IsDateUnit(text[next.Start])
                    && CharClasses.AllDigits(text[token.Start..token.End], fullWidthAsAscii))
                {
                    if (next.Length == 1)
                    {
                        token = new TokenSpan(token.Start, next.End);
                        read++;
                    }
                    else if (!lexicon.IsWord(text[next.Start..next.End]))
                    {
                        token = new TokenSpan(token.Start, next.Start + 1);
                        output[read + 1] = new TokenSpan(next.Start + 1, next.End);
                    }
                }
            }
            output[write++] = token;
        }
        output.RemoveRange(write, output.Count - write);
    }

    public static bool IsJoined(ReadOnlySpan<char> word, bool fullWidthAsAscii) =>
        word.Length >= 2 && CharClasses.IsDateUnit(word[^1]) && CharClasses.AllDigits(word[..^1], fullWidthAsAscii);
}
