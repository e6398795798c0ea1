using SearchMining.Core.Checks.Deadline;
using SearchMining.Core.Checks.Form;
using SearchMining.Core.Checks.Substance;
using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Checks.Text;
using SearchMining.Core.Checks.Years;
using SearchMining.Core.Comparison;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks;

/// <summary>Runs a set of rules over a report; failed rules become warnings on the report.</summary>
public sealed class ReportChecker(IReadOnlyList<IReportCheck> checks)
{
    public IReadOnlyList<IReportCheck> Checks { get; } = checks;

    /// <summary>The 勾稽关系 rules of the tables and the carry-over rule: what the parser runs (failures become parse warnings).</summary>
    public static ReportChecker Default() => new(
    [
        new ApplicationBalanceCheck(),
        new ApplicationRowTotalCheck(),
        new ApplicationResultTotalCheck(),
        new ReviewLitigationTotalCheck(),
        new CarryOverCheck(),
    ]);

    /// <summary>Every rule of <see cref="CheckRules.All"/>, in that order.</summary>
    public static ReportChecker All(CheckOptions? options = null, ITextReuseMeter? reuse = null) => new(
    [
        new ApplicationResultTotalCheck(),
        new ApplicationBalanceCheck(),
        new ApplicationRowTotalCheck(),
        new ReviewLitigationTotalCheck(),
        new ApplicationsTextCheck(),
        new ReviewLitigationTextCheck(),
        new ProactiveTextCheck(),
        new FeesCheck(),
        new CarryOverCheck(),
        new InForceContinuityCheck(),
        new ProblemsReuseCheck(reuse, options),
        new SectionsCheck(),
        new RequiredRowsCheck(),
        new TableCellsCheck(options),
        new ProblemsPresentCheck(options),
        new DeadlineCheck(options),
        new SpecificityCheck(options),
    ]);

    public IReadOnlyList<CheckResult> Run(Report report, Report? previous = null) =>
        Checks.SelectMany(c => Run(c, report, previous)).ToList();

    /// <summary>One rule's results, as <see cref="Run(Report, Report?)"/> gets them (a table rule's once per parse: <see cref="ITablesOnlyCheck"/>).</summary>
    public static IEnumerable<CheckResult> Run(IReportCheck check, Report report, Report? previous = null) =>
        check is ITablesOnlyCheck tables ? TablesOnlyResults.Of(tables, report) : check.Check(report, previous);

    /// <summary>Every rule on <paramref name="report"/>, with the previous report <paramref name="history"/> knows.</summary>
    public ReportChecks Run(Report report, IReportHistory history)
    {
        var previous = history.Previous(report);
        return new ReportChecks(report.Id, report.SourceFile, report.Agency, report.Year, previous?.Id, Run(report, previous));
    }

    public IEnumerable<ParseWarning> Warnings(Report report, Report? previous = null) =>
        Run(report, previous).Where(r => r.Status == CheckStatus.Fail).Select(r => new ParseWarning(r.Rule, r.Evidence));
}
