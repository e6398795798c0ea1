namespace SearchMining.Workflows.Citations;

/// <summary>One row of a SOURCES.tsv: where a bundled report file came from.</summary>
/// <param name="FileName">The report file's name (its <c>SourceFile</c> once indexed).</param>
/// <param name="Source">The source column as recorded (a URL, a repository reference, a description).</param>
/// <param name="Url">The web address to cite: the original page where the row names one (<c>orig https://…</c>), else its first URL, else the repository's address.</param>
/// <param name="Retrieved">The date the copy was taken, when the catalogue has a <c>retrieved</c> column.</param>
/// <param name="FilePath">The report file beside the catalogue, when it is there.</param>
public sealed record SourceEntry(string FileName, string? Agency, int? Year, string Source, string? Url, DateOnly? Retrieved, string? FilePath);
