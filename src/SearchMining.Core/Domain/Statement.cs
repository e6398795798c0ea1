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
    /// <summary>Ordinal of the section the statement comes from (a report may split problems and measures into two parts).</summary>
    public int SectionOrdinal { get; init; }
    /// <summary>The item marker the statement started with (一是, 1., （一）), or empty for a plain sentence.</summary>
    public string Marker { get; init; } = "";
    /// <summary>Offsets of the statement in <see cref="Report.SourceText"/> (-1 when it cannot be mapped back).</summary>
    public int SourceStart { get; init; } = -1;
    public int SourceEnd { get; init; } = -1;
}
