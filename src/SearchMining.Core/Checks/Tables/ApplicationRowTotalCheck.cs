using SearchMining.Core.Checks.Evidence;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Tables;

/// <summary>Each row of the section-三 table: 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他.</summary>
public sealed class ApplicationRowTotalCheck : ITablesOnlyCheck
{
    public const string Rule = "check-application-row-total";

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        var table = report.Tables.Applications;
        if (table.Status is TableStatus.Absent or TableStatus.Unreadable)
        {
            yield return TableAbsence.Result(Rule, report, table.Status);
            yield break;
        }
        foreach (var identity in ApplicationIdentities.RowTotals(table))
        {
            var row = table.Row(identity.Right[0].Row)!;
            var outcome = ApplicationIdentities.Evaluate(table, identity);
            var totalColumn = identity.Right[0].Column;
            var total = row.Cells.GetValueOrDefault(totalColumn);
            var name = totalColumn == ApplicantType.Total ? "总计" : "小计";
            var evidence = $"row {row.Code} ({row.Label}): {string.Join(" + ", identity.Left.Select(r => CellArithmetic.Show(ApplicationIdentities.Cell(table, r))))} = {CellArithmetic.Show(outcome.Left)}, {name} {CellArithmetic.Show(total)}";
            yield return new CheckResult(Rule, outcome.Status, outcome.Status == CheckStatus.Fail ? $"{name}不等于各列之和 — " + evidence : evidence)
            {
                Subject = identity.Subject,
                Items = [.. identity.Left.Concat(identity.Right).Select(c => Cells.Of(row, c.Column))],
            };
        }
    }
}
