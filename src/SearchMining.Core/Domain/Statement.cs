namespace SearchMining.Core.Domain;

/// <summary>One statement of the problems section: a numbered item, an 一是 clause, or a sentence.</summary>
public sealed record Statement
{
    public required string Text { get; init; }
    public required StatementKind Kind { get; init; }
    /// <summary>Theme ids from THEMES.md (training, channels, …); empty until classified.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];
    /// <summary>Offsets into the problems section's <see cref="ReportSection.Text"/>.</summary>
    public int Start { get; init; }
    public int End { get; init; }
}
