using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks;

/// <summary>Per column: （七）总计 = the sum of every 办理结果 row （一）…（六）.</summary>
public sealed class ApplicationResultTotalCheck : IReportCheck
{
    public const string Rule = "check-application-result-total";

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        var table = report.Tables.Applications;
        if (table.Status is TableStatus.Absent or TableStatus.Unreadable) yield break;
        var total = table.Row("result.total");
        if (total is null || table.Status == TableStatus.Partial && table.Rows.Count(r => IsDetail(r.Code)) < ExpectedDetails(table))
        {
            yield return new(Rule, CheckStatus.NotAssessable, "Applications table: not every 办理结果 row was read, so （七）总计 cannot be checked.");
            yield break;
        }
        var details = table.Rows.Where(r => IsDetail(r.Code)).ToList();
        foreach (var column in Enum.GetValues<ApplicantType>())
        {
            var cells = details.Select(r => r.Cells.GetValueOrDefault(column)).ToList();
            // a column whose detail cells were all left blank (上海 2019 leaves the 总计 column of the result rows empty) is not a sum of zeros
            var sum = cells.All(c => c is null || c.IsBlank) ? null : CellArithmetic.Sum(cells);
            var stated = CellArithmetic.Stated(total.Cells.GetValueOrDefault(column));
            var evidence = $"{ApplicationBalanceCheck.Label(column)}: 办理结果各项之和 {sum?.ToString() ?? "?"}, （七）总计 {CellArithmetic.Show(total.Cells.GetValueOrDefault(column))}";
            if (sum is null || stated is null) yield return new(Rule, CheckStatus.Uncertain, evidence);
            else if (sum != stated) yield return new(Rule, CheckStatus.Fail, "（七）总计不等于办理结果各项之和 — " + evidence);
            else yield return new(Rule, CheckStatus.Pass, evidence);
        }
    }

    private static bool IsDetail(string code) => code.StartsWith("result.", StringComparison.Ordinal) && code != "result.total";

    private static int ExpectedDetails(ApplicationTable table) => table.Rows.Any(r => r.Code == "result.6") ? 19 : 21;
}
