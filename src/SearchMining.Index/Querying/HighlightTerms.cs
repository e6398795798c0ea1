namespace SearchMining.Index.Querying;

/// <summary>What a hit should show as matched: single words (word-analyzer terms), whole phrases, prefixes, and related words.</summary>
/// <param name="Related">Related words (from the expansion list) the hit matched in place of a query word: marked apart.</param>
public sealed record HighlightTerms(IReadOnlySet<string> Words, IReadOnlyList<string> Phrases)
{
    public static HighlightTerms None { get; } = new(new HashSet<string>(), []);

    public IReadOnlyList<string> Prefixes { get; init; } = [];

    public IReadOnlyList<string> Related { get; init; } = [];

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0 && Prefixes.Count == 0 && Related.Count == 0;
}
