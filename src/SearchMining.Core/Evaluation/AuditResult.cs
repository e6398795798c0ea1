namespace SearchMining.Core.Evaluation;

/// <summary>Per-field scores and per-report errors of the parser against the gold facts of one split.</summary>
/// <param name="Rejected">Gold reports the parser did not turn into a report (file and error).</param>
public sealed record AuditResult(int Reports, IReadOnlyList<FieldScore> Fields, IReadOnlyList<AuditError> Errors, IReadOnlyList<AuditError> Rejected);
