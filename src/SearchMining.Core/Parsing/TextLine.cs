namespace SearchMining.Core.Parsing;

/// <summary>One line of a text: <c>[Start, End)</c> without the line break.</summary>
public readonly record struct TextLine(int Start, int End)
{
    public int Length => End - Start;

    public string Of(string text) => text.Substring(Start, End - Start);

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
