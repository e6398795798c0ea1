using SearchMining.Core.Checks.Evidence;
using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Years;

/// <summary>
/// Year over year: this year's 上年结转 equals last year's 结转下年度继续办理, per column. Needs the same agency's report
/// of the year before as <c>previous</c>; without it the rule is not assessable.
/// </summary>
public sealed class CarryOverCheck : IReportCheck
{
    public const string Rule = "check-carry-over";

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        if (PreviousYear.Mismatch(Rule, report, previous) is { } mismatch)
        {
            yield return mismatch;
            yield break;
        }
        var carriedOver = report.Tables.Applications.Row(ApplicationIdentities.CarriedOver);
        var carriedForward = previous!.Tables.Applications.Row(ApplicationIdentities.CarriedForward);
        if (carriedOver is null || carriedForward is null)
        {
            yield return new(Rule, CheckStatus.NotAssessable, "上年结转 of this year or 结转下年度 of last year was not read.");
            yield break;
        }
        foreach (var column in ApplicantColumns.Of(report.Tables.Applications).Intersect(ApplicantColumns.Of(previous.Tables.Applications)))
        {
            var now = CellArithmetic.Sum([carriedOver.Cells.GetValueOrDefault(column)]);
            var before = CellArithmetic.Sum([carriedForward.Cells.GetValueOrDefault(column)]);
            var evidence = $"{ApplicantColumns.Label(column)}: {report.Year} 上年结转 {CellArithmetic.Show(now)}, {previous.Year} 结转下年度 {CellArithmetic.Show(before)}";
            var status = now is null || before is null ? CheckStatus.Uncertain : now != before ? CheckStatus.Fail : CheckStatus.Pass;
            yield return new CheckResult(Rule, status, status == CheckStatus.Fail ? "上年结转不等于上一年报告的结转下年度 — " + evidence : evidence)
            {
                Subject = ApplicantColumns.Label(column),
                Items = [Cells.Of(carriedOver, column), Cells.Of(carriedForward, column, previous)],
            };
        }
    }
}
