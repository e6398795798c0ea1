namespace SearchMining.Index.Searching;

/// <summary>Which query words one hit holds: as written, only through related words, or not at all.</summary>
internal sealed record HitTerms(IReadOnlyList<string> Matched, IReadOnlyList<string> Missing, IReadOnlyList<RelatedMatch> Related)
{
    public static HitTerms None { get; } = new([], [], []);

    /// <summary>Found only through related words: no query word held as written.</summary>
    public bool ViaRelated => Matched.Count == 0 && Related.Count > 0;
}
