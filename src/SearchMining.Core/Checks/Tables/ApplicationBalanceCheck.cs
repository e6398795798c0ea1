using SearchMining.Core.Checks.Evidence;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Tables;

/// <summary>第一项加第二项之和，等于第三项加第四项之和: per column, 新收 + 上年结转 = 办理结果总计 + 结转下年度.</summary>
public sealed class ApplicationBalanceCheck : ITablesOnlyCheck
{
    public const string Rule = "check-application-balance";

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        var table = report.Tables.Applications;
        if (table.Status is TableStatus.Absent or TableStatus.Unreadable)
        {
            yield return TableAbsence.Result(Rule, report, table.Status);
            yield break;
        }
        var codes = new[] { ApplicationIdentities.New, ApplicationIdentities.CarriedOver, ApplicationIdentities.ResultTotal, ApplicationIdentities.CarriedForward };
        if (codes.Any(c => table.Row(c) is null))
        {
            yield return new(Rule, CheckStatus.NotAssessable, "Applications table: one of 新收, 上年结转, 总计, 结转下年度 was not read.");
            yield break;
        }
        foreach (var identity in ApplicationIdentities.Balances(table))
        {
            var outcome = ApplicationIdentities.Evaluate(table, identity);
            var c = identity.Left.Concat(identity.Right).Select(r => ApplicationIdentities.Cell(table, r)).ToArray();
            var evidence = $"{identity.Subject}: 新收 {CellArithmetic.Show(c[0])} + 上年结转 {CellArithmetic.Show(c[1])} = {CellArithmetic.Show(outcome.Left)}, " +
                           $"办理结果总计 {CellArithmetic.Show(c[2])} + 结转下年度 {CellArithmetic.Show(c[3])} = {CellArithmetic.Show(outcome.Right)}";
            yield return new CheckResult(Rule, outcome.Status, outcome.Status == CheckStatus.Fail ? "第一项加第二项之和不等于第三项加第四项之和 — " + evidence : evidence)
            {
                Subject = identity.Subject,
                Items = [.. identity.Left.Concat(identity.Right).Select(r => Cells.Of(table.Row(r.Row)!, r.Column))],
            };
        }
    }
}
