namespace SearchMining.Core.Domain;

/// <summary>One numbered part of a report (一、总体情况 …).</summary>
public sealed record ReportSection
{
    /// <summary>The number as written (一, 二, …); empty for an unnumbered part.</summary>
    public required string Number { get; init; }
    /// <summary>Position of the section in the report, 1-based (stable section key within a report).</summary>
    public required int Ordinal { get; init; }
    public required SectionTopic Topic { get; init; }
    public required string Title { get; init; }
    /// <summary>Clean text: debris removed, hard line breaks inside sentences joined.</summary>
    public required string Text { get; init; }
    /// <summary>Offsets of the section (heading included) in <see cref="Report.SourceText"/>.</summary>
    public int SourceStart { get; init; }
    public int SourceEnd { get; init; }
    public IReadOnlyList<ReportSubsection> Subsections { get; init; } = [];
}
