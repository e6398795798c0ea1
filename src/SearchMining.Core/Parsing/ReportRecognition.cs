namespace SearchMining.Core.Parsing;

/// <summary>Whether a text is a 政府信息公开工作年度报告 (complete or partial), and why not when it is not.</summary>
/// <param name="Reason">For a text that is not a report: a sentence saying what it lacks; null for a report.</param>
public sealed record ReportRecognition(bool IsReport, string? Reason)
{
    public static ReportRecognition Report { get; } = new(true, null);
}
