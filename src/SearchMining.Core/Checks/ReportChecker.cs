using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks;

/// <summary>Runs a set of rules over a report; failed rules become warnings on the report.</summary>
public sealed class ReportChecker(IReadOnlyList<IReportCheck> checks)
{
    public IReadOnlyList<IReportCheck> Checks { get; } = checks;

    /// <summary>The 勾稽关系 rules of the 2021/2019 templates, and the carry-over rule when a previous report is given.</summary>
    public static ReportChecker Default() => new(
    [
        new ApplicationBalanceCheck(),
        new ApplicationRowTotalCheck(),
        new ApplicationResultTotalCheck(),
        new ReviewLitigationTotalCheck(),
        new CarryOverCheck(),
    ]);

    public IReadOnlyList<CheckResult> Run(Report report, Report? previous = null) =>
        Checks.SelectMany(c => c.Check(report, previous)).ToList();

    public IEnumerable<ParseWarning> Warnings(Report report, Report? previous = null) =>
        Run(report, previous).Where(r => r.Status == CheckStatus.Fail).Select(r => new ParseWarning(r.Rule, r.Evidence));
}
