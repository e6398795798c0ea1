namespace SearchMining.Mining.Promises;

/// <summary>
/// A commitment of year N and what the same agency's year-N+1 report says about it. <see cref="Class"/> is null when
/// there is no N+1 report yet. <see cref="Link"/> is the statement that decided the class (null for no-trace);
/// <see cref="Candidates"/> are the best-scoring rectification, problem and measure of N+1 (a measure promising the
/// same again is shown but does not decide the class).
/// </summary>
public sealed record PromiseTrace(
    string ReportId,
    int Year,
    string Commitment,
    IReadOnlyList<string> Themes,
    int SourceStart,
    int SourceEnd,
    string? NextReportId,
    int? NextYear,
    FollowUpClass? Class,
    PromiseLink? Link,
    IReadOnlyList<PromiseLink> Candidates);
