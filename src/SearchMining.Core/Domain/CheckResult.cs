namespace SearchMining.Core.Domain;

/// <summary>Outcome of one consistency rule (勾稽关系, year-over-year …) on a report.</summary>
/// <param name="Rule">Stable rule id, e.g. <c>check-application-balance</c>; also the code of the warning a failure produces.</param>
/// <param name="Evidence">Human-readable evidence: the numbers or texts compared.</param>
public sealed record CheckResult(string Rule, CheckStatus Status, string Evidence)
{
    /// <summary>What the result is about within the report: a column (自然人), a row code, a section, a year pair.</summary>
    public string? Subject { get; init; }
    /// <summary>The cells, sentences, headings, dates or phrases compared, each with its source offsets.</summary>
    public IReadOnlyList<CheckEvidence> Items { get; init; } = [];
    /// <summary>A measure the rule computed (reuse rate, specificity score, days late, blank-cell count), when it has one.</summary>
    public double? Score { get; init; }
}
