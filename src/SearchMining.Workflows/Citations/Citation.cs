namespace SearchMining.Workflows.Citations;

/// <summary>What a citation of a report (or one of its sections) names, and the line to paste.</summary>
/// <param name="Section">The section as headed in the report (五、存在的主要问题及改进情况), or null for the whole report.</param>
/// <param name="Text">The citation line.</param>
public sealed record Citation(string? Agency, string Title, int? Year, string? Section, string? Url, DateOnly? Retrieved, DateOnly? Published, string Text);
