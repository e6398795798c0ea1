namespace SearchMining.Core.Domain;

/// <summary>A measure promised for the coming year (下一步，我局将……), citable on its own.</summary>
public sealed record Commitment
{
    public string? Agency { get; init; }
    public int? Year { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];
    /// <summary>Offsets into the problems section's <see cref="ReportSection.Text"/>.</summary>
    public int Start { get; init; }
    public int End { get; init; }
    /// <summary>Id of the report the commitment was made in.</summary>
    public string? ReportId { get; init; }
    /// <summary>Ordinal of the section holding the commitment.</summary>
    public int SectionOrdinal { get; init; }
    /// <summary>Offsets in <see cref="Report.SourceText"/> (-1 when it cannot be mapped back).</summary>
    public int SourceStart { get; init; } = -1;
    public int SourceEnd { get; init; } = -1;
}
