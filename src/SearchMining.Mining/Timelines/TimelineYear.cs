using SearchMining.Core.Domain;
using SearchMining.Mining.Promises;

namespace SearchMining.Mining.Timelines;

/// <summary>
/// One report of an agency's timeline: its problem themes and statement counts, its reuse of the agency's previous
/// report (overall and section 五; null for the first report), and its commitments with what the next year made of them.
/// </summary>
public sealed record TimelineYear(
    int Year,
    string ReportId,
    string SourceFile,
    ReportTemplate Template,
    IReadOnlyList<string> ProblemThemes,
    int Problems,
    int Rectifications,
    int Measures,
    string? PreviousReportId,
    int? PreviousYear,
    double? ReuseRate,
    double? ProblemsReuseRate,
    IReadOnlyList<PromiseTrace> Commitments);
