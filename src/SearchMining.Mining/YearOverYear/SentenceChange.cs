namespace SearchMining.Mining.YearOverYear;

/// <summary>
/// One row of a section's sentence alignment: this year's sentence, last year's, or both. <see cref="Similarity"/> is
/// the bigram Dice of the pair (0 for added/removed); <see cref="Diff"/> spells a changed pair out character by character
/// (empty when the sentences are too long to diff or not a pair).
/// </summary>
public sealed record SentenceChange(
    SentenceChangeKind Kind,
    string? Current,
    string? Previous,
    double Similarity,
    IReadOnlyList<DiffSegment> Diff);
