namespace SearchMining.Core.Domain;

/// <summary>Outcome of one consistency rule (勾稽关系, year-over-year …) on a report.</summary>
/// <param name="Rule">Stable rule id, e.g. <c>check-application-balance</c>; also the code of the warning a failure produces.</param>
/// <param name="Evidence">Human-readable evidence: the numbers compared.</param>
public sealed record CheckResult(string Rule, CheckStatus Status, string Evidence);
