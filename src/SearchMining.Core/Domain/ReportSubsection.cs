namespace SearchMining.Core.Domain;

/// <summary>A subsection: （一）…, 一是…, or 1. … inside a section.</summary>
public sealed record ReportSubsection
{
    /// <summary>The marker as written: （一）, 一是, 1.</summary>
    public required string Marker { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    /// <summary>Offsets of this subsection's text inside the parent section's <see cref="ReportSection.Text"/>.</summary>
    public int Start { get; init; }
    public int End { get; init; }
}
