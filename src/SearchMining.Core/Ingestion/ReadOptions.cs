namespace SearchMining.Core.Ingestion;

/// <summary>How <see cref="ReportFileReader"/> reads one file.</summary>
public sealed record ReadOptions
{
    /// <summary>Keep a text that does not read as a report (no heading, no year, no agency) instead of a NotAReport error.</summary>
    public bool Force { get; init; }

    /// <summary>The bytes are plain text whatever the file name says (text taken back from an index).</summary>
    public bool PlainText { get; init; }

    public static ReadOptions Default { get; } = new();
}
