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
        var lines = new List<TextLine>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            lines.Add(new TextLine(start, i));
            start = i + 1;
        }
        lines.Add(new TextLine(start, text.Length));
        return lines;
    }
}
