namespace SearchMining.Core.Parsing;

/// <summary>One line of a text: <c>[Start, End)</c> without the line break.</summary>
public readonly record struct TextLine(int Start, int End)
{
    public int Length => End - Start;

    public string Of(string text) => text.Substring(Start, End - Start);

    /// <summary>The lines overlapping [start, end), each clipped to the span, without splitting the rest of the text.</summary>
    public static IEnumerable<TextLine> Within(string text, int start, int end)
    {
        var lineStart = start;
        while (lineStart < end)
        {
            var newline = text.IndexOf('\n', lineStart, end - lineStart);
            var lineEnd = newline < 0 ? end : newline;
            yield return new TextLine(lineStart, lineEnd);
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>Splits <paramref name="text"/> into lines (on '\n'; '\r' is expected to be normalised away).</summary>
    public static List<TextLine> Split(string text)
    {
        // sized by a vectorised count of the breaks, then each found by a vectorised search: no list growth
        var lines = new List<TextLine>(text.AsSpan().Count('\n') + 1);
        var start = 0;
        int newline;
        while ((newline = text.IndexOf('\n', start)) >= 0)
        {
            lines.Add(new TextLine(start, newline));
            start = newline + 1;
        }
        lines.Add(new TextLine(start, text.Length));
        return lines;
    }
}
