namespace SearchMining.Scale.Generation;

/// <summary>One synthetic report: where it goes (relative path), what it should parse back to, and its text.</summary>
/// <param name="SourceFiles">For each of the six sections, the real report it was taken from.</param>
internal sealed record GeneratedReport(int Number, string RelativePath, GeneratedAgency Agency, int Year, IReadOnlyList<string> SourceFiles, string Text);
