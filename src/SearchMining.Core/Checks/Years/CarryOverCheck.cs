using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks;

/// <summary>
/// Year over year: this year's 上年结转 equals last year's 结转下年度继续办理, per column. Needs the same agency's report
/// of the year before as <c>previous</c>; without it the rule says nothing.
/// </summary>
public sealed class CarryOverCheck : IReportCheck
{
    public const string Rule = "check-carry-over";

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        if (previous is null) yield break;
        if (report.Year is null || previous.Year != report.Year - 1)
        {
            yield return new(Rule, CheckStatus.NotAssessable, $"The previous report is of {previous.Year?.ToString() ?? "an unknown year"}, not of {report.Year - 1}.");
            yield break;
        }
        var carriedOver = report.Tables.Applications.Row("carried-over");
        var carriedForward = previous.Tables.Applications.Row("carried-forward");
        if (carriedOver is null || carriedForward is null)
        {
            yield return new(Rule, CheckStatus.NotAssessable, "上年结转 of this year or 结转下年度 of last year was not read.");
            yield break;
        }
        foreach (var column in Enum.GetValues<ApplicantType>())
        {
            var now = CellArithmetic.Sum([carriedOver.Cells.GetValueOrDefault(column)]);
            var before = CellArithmetic.Sum([carriedForward.Cells.GetValueOrDefault(column)]);
            var evidence = $"{ApplicationBalanceCheck.Label(column)}: {report.Year} 上年结转 {now?.ToString() ?? "?"}, {previous.Year} 结转下年度 {before?.ToString() ?? "?"}";
            if (now is null || before is null) yield return new(Rule, CheckStatus.Uncertain, evidence);
            else if (now != before) yield return new(Rule, CheckStatus.Fail, "上年结转不等于上一年报告的结转下年度 — " + evidence);
            else yield return new(Rule, CheckStatus.Pass, evidence);
        }
    }
}
