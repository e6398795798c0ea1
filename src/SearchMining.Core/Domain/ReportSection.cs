namespace SearchMining.Core.Domain;

/// <summary>One numbered part of a report (一、总体情况 …).</summary>
public sealed record ReportSection
{
    /// <summary>Number of the preamble section (<see cref="Report.PreambleSection"/>); its ordinal is 0.</summary>
    public const string PreambleNumber = "0";

    /// <summary>Title shown for the preamble section.</summary>
    public const string PreambleTitle = "前言";

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
    /// <summary>How <see cref="Text"/> maps back to <see cref="Report.SourceText"/>: runs of characters copied verbatim.</summary>
    public IReadOnlyList<TextRun> SourceRuns { get; init; } = [];

    /// <summary>Offset in <see cref="Report.SourceText"/> of the character at <paramref name="textOffset"/> in <see cref="Text"/>, or -1.</summary>
    public int SourceOffsetOf(int textOffset)
    {
        foreach (var run in SourceRuns)
        {
            if (textOffset >= run.TextStart && textOffset < run.TextStart + run.Length)
                return run.SourceStart + (textOffset - run.TextStart);
        }
        // Inserted characters (e.g. a joined line break) map to the start of the next run.
        foreach (var run in SourceRuns)
        {
            if (run.TextStart >= textOffset)
                return run.SourceStart;
        }
        return textOffset == Text.Length && SourceRuns.Count > 0 ? SourceRuns[^1].SourceStart + SourceRuns[^1].Length : -1;
    }
}
