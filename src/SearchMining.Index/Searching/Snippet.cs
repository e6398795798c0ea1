namespace SearchMining.Index.Searching;

/// <param name="Text">A passage of the section text, cut on sentence boundaries (an ellipsis marks a cut inside a sentence).</param>
/// <param name="Highlights">Matched spans as [start, end) offsets into <paramref name="Text"/>.</param>
/// <param name="SectionOffset">Offset of <paramref name="Text"/>'s first character in the section's stored text (-1 when the snippet begins with an inserted ellipsis).</param>
public sealed record Snippet(string Text, IReadOnlyList<int[]> Highlights, int SectionOffset);
