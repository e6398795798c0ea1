namespace SearchMining.Core.Domain;

/// <summary>Every check result of one report, and which earlier report the year-over-year rules compared it with.</summary>
public sealed record ReportChecks(string ReportId, string SourceFile, string? Agency, int? Year, string? PreviousReportId, IReadOnlyList<CheckResult> Results)
{
    /// <summary>Ids of the rules with at least one failing result (the search facet <c>checks</c>).</summary>
    public IReadOnlyList<string> FailedRules => [.. Results.Where(r => r.Status == CheckStatus.Fail).Select(r => r.Rule).Distinct()];

    /// <summary>The status of a rule over all its results: Fail if any fails, else Uncertain if any is, else Pass if any passes.</summary>
    public CheckStatus StatusOf(string rule)
    {
        var statuses = Results.Where(r => r.Rule == rule).Select(r => r.Status).ToList();
        if (statuses.Contains(CheckStatus.Fail)) return CheckStatus.Fail;
        if (statuses.Contains(CheckStatus.Uncertain)) return CheckStatus.Uncertain;
        return statuses.Contains(CheckStatus.Pass) ? CheckStatus.Pass : CheckStatus.NotAssessable;
    }
}
