namespace SearchMining.Analysis.Jieba;

/// <summary>The character classes jieba's regular expressions use to split text into blocks.</summary>
internal static class CharClasses
{
    /// <summary>CJK unified ideographs as jieba defines them (U+4E00..U+9FD5).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FD5';

    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>Full-width Latin letters and digits (Ａ..Ｚ, ａ..ｚ, ０..９).</summary>
    public static bool IsFullWidthLetterOrDigit(char c) => c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A';

    /// <summary>Characters cut by the dictionary: Han, ASCII letters and digits and <c>+#&amp;._%-</c>.</summary>
    public static bool IsBlockChar(char c, bool fullWidthAsAscii) =>
        IsHan(c) || IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '-'
        || (fullWidthAsAscii && IsLatinLike(c));

    /// <summary>ASCII letters and digits, and with the full-width option their full-width forms too.</summary>
    public static bool IsLatin(char c, bool fullWidthAsAscii) => IsAsciiLetterOrDigit(c) || (fullWidthAsAscii && IsFullWidthLetterOrDigit(c));

    public static bool IsDigit(char c, bool fullWidthAsAscii) => char.IsAsciiDigit(c) || (fullWidthAsAscii && c is >= '\uFF10' and <= '\uFF19');

    /// <summary>A unit that follows a number in a date: 年, 月, 日.</summary>
    public static bool IsDateUnit(char c) => c is '年' or '月' or '日';

    /// <summary>Punctuation written as a run of the same character: the dash ——, the ellipsis …… and box-drawing rules.</summary>
    public static bool IsRepeatablePunctuation(char c) => c is '\u2014' or '\u2026' or '\u2500' or '\u2015';

    /// <summary>True when every character is a digit.</summary>
    public static bool AllDigits(ReadOnlySpan<char> text, bool fullWidthAsAscii)
    {
        foreach (var c in text)
            if (!IsDigit(c, fullWidthAsAscii))
                return false;
        return !text.IsEmpty;
    }

    private static bool IsLatinLike(char c) => IsFullWidthLetterOrDigit(c) || c is '\uFF0E' or '\uFF05';
}
