namespace SearchMining.Index.Searching;

/// <param name="Text">A passage of the section text, cut on sentence boundaries (an over-long sentence is cut around its match).</param>
/// <param name="Highlights">Matched query words as [start, end) offsets into <paramref name="Text"/>.</param>
/// <param name="SectionOffset">Offset of <paramref name="Text"/> in the section's stored text: Text == sectionText.Substring(SectionOffset, Text.Length).</param>
public sealed record Snippet(string Text, IReadOnlyList<int[]> Highlights, int SectionOffset)
{
    /// <summary>Related words (not the query words themselves) that matched, as [start, end) offsets; never overlapping <see cref="Highlights"/>.</summary>
    public IReadOnlyList<int[]> RelatedHighlights { get; init; } = [];
}
