namespace SearchMining.Index.Querying;

/// <summary>What a hit should show as matched: single words (query-analyzer terms) and whole phrases.</summary>
public sealed record HighlightTerms(IReadOnlySet<string> Words, IReadOnlyList<string> Phrases)
{
    public static HighlightTerms None { get; } = new(new HashSet<string>(), []);

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0;
}
