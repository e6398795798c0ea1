namespace SearchMining.Core.Parsing;

/// <summary>
/// A text with the spaces inside words taken out — between two Chinese characters, as PDF layout (概 述, 标 题), spaced
/// HTML labels (发布机构) and blanked pinyin (依申請      公開) leave them — with a map back to the offsets of the text.
/// A space after a numeral at the start of a line stays (一 概述 is a heading, not 一概述).
/// </summary>
public sealed class SpacedWordsView
{
    private readonly int[] _map;

    private SpacedWordsView(string text, int[] map)
    {
        Text = text;
        _map = map;
    }

    /// <summary>The text without the spaces inside words.</summary>
    public string Text { get; }

    /// <summary>Offset in the original text of offset <paramref name="index"/> of <see cref="Text"/> (its length maps to the original's).</summary>
    public int SourceOffset(int index) => _map[index];

    public static SpacedWordsView Of(string source)
    {
        var sb = new System.Text.StringBuilder(source.Length);
        // one slot a character of the source at most, and one for the end: no list growth, no copy (only the first
        // Text.Length + 1 slots are read)
        var map = new int[source.Length + 1];
        var kept = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c is ' ' or '\u3000' && sb.Length > 0 && IsIdeograph(sb[^1]))
            {
                var next = i;
                while (next < source.Length && source[next] is ' ' or '\u3000') next++;
                if (next < source.Length && IsIdeograph(source[next]) && !IsNumeralAtLineStart(sb))
                {
                    i = next - 1;
                    continue;
                }
            }
            sb.Append(c);
            map[kept++] = i;
        }
        map[kept] = source.Length;
        return new SpacedWordsView(sb.ToString(), map);
    }

    /// <summary>The text so far ends in a numeral (一 … 十) that opens its line.</summary>
    private static bool IsNumeralAtLineStart(System.Text.StringBuilder sb)
    {
        var i = sb.Length - 1;
        var digits = 0;
        while (i >= 0 && "一二三四五六七八九十".Contains(sb[i])) { i--; digits++; }
        if (digits is 0 or > 3) return false;
        while (i >= 0 && sb[i] is ' ' or '\t' or '\u3000') i--;
        return i < 0 || sb[i] == '\n';
    }

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
