using SearchMining.Core.Checks;
using SearchMining.Core.Domain;

namespace SearchMining.Api.Contracts;

/// <summary>Every check of one report: the status of each rule (with its basis) and every result with its evidence.</summary>
internal sealed record ReportChecksResponse(
    string ReportId, string SourceFile, string? Agency, int? Year, string? PreviousReportId,
    IReadOnlyList<RuleStatus> Rules, IReadOnlyList<CheckResult> Results)
{
    public static ReportChecksResponse From(ReportChecks checks) => new(checks.ReportId, checks.SourceFile, checks.Agency, checks.Year,
        checks.PreviousReportId, [.. CheckRules.All.Select(r => new RuleStatus(r.Id, r.Category, r.Title, r.Basis, checks.StatusOf(r.Id)))], checks.Results);
}

/// <summary>A rule and its status on one report (FAIL if any result fails, else UNCERTAIN, PASS, NOT_ASSESSABLE).</summary>
internal sealed record RuleStatus(string Id, CheckCategory Category, string Title, string Basis, CheckStatus Status);
