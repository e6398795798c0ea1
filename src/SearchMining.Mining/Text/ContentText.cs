namespace SearchMining.Mining.Text;

/// <summary>
/// The letters, digits and ideographs of a text (punctuation and white space dropped, full-width ASCII folded,
/// lower case), with the offset of each kept character in the original — what reuse and similarity are measured on.
/// </summary>
internal sealed class ContentText
{
    private ContentText(string text, int[] offsets)
    {
        Text = text;
        Offsets = offsets;
    }

    public string Text { get; }

    /// <summary>Offset in the original text of each character of <see cref="Text"/>.</summary>
    public int[] Offsets { get; }

    public int Length => Text.Length;

    public static ContentText Of(string text) => Of(text, 0, text.Length);

    public static ContentText Of(string text, int start, int end)
    {
        var chars = new char[end - start];
        var offsets = new int[end - start];
        var n = 0;
        for (var i = start; i < end; i++)
        {
            var c = Fold(text[i]);
            if (!char.IsLetterOrDigit(c)) continue;
            chars[n] = c;
            offsets[n] = i;
            n++;
        }
        return new ContentText(new string(chars, 0, n), offsets[..n]);
    }

    /// <summary>First content index whose original offset is at or after <paramref name="offset"/>.</summary>
    public int IndexAtOrAfter(int offset)
    {
        var i = Array.BinarySearch(Offsets, offset);
        return i >= 0 ? i : ~i;
    }

    private static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
        return char.ToLowerInvariant(c);
    }
}
