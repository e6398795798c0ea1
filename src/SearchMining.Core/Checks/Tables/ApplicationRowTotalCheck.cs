using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks;

/// <summary>Each row of the section-三 table: 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他.</summary>
public sealed class ApplicationRowTotalCheck : IReportCheck
{
    public const string Rule = "check-application-row-total";

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        var table = report.Tables.Applications;
        if (table.Status is TableStatus.Absent or TableStatus.Unreadable) yield break;
        foreach (var row in table.Rows)
        {
            var parts = Enum.GetValues<ApplicantType>().Where(c => c != ApplicantType.Total).Select(c => row.Cells.GetValueOrDefault(c)).ToList();
            var sum = CellArithmetic.Sum(parts);
            var total = row.Cells.GetValueOrDefault(ApplicantType.Total);
            var stated = CellArithmetic.Stated(total);
            var evidence = $"row {row.Code} ({row.Label}): {string.Join(" + ", parts.Select(CellArithmetic.Show))} = {sum?.ToString() ?? "?"}, 总计 {CellArithmetic.Show(total)}";
            if (sum is null || stated is null) yield return new(Rule, CheckStatus.Uncertain, evidence);
            else if (sum != stated) yield return new(Rule, CheckStatus.Fail, "总计不等于各列之和 — " + evidence);
            else yield return new(Rule, CheckStatus.Pass, evidence);
        }
    }
}
