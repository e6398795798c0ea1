namespace SearchMining.Analysis;

/// <summary>A word found in a text: <paramref name="Text"/> equals <c>input[Start..End]</c> (UTF-16 offsets, end exclusive).</summary>
public sealed record WordToken(string Text, int Start, int End)
{
    public int Length => End - Start;
}
