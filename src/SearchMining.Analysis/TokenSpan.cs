namespace SearchMining.Analysis;

/// <summary>A word as offsets only (no string allocated): <c>input[Start..End]</c>.</summary>
public readonly record struct TokenSpan(int Start, int End)
{
    public int Length => End - Start;
}
