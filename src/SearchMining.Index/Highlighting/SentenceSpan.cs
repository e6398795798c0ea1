namespace SearchMining.Index.Highlighting;

/// <summary>A sentence of a text as [Start, End) offsets (terminal punctuation included).</summary>
public readonly record struct SentenceSpan(int Start, int End)
{
    public int Length => End - Start;
}
