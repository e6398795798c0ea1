using SearchMining.Core.Checks.Evidence;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Tables;

/// <summary>Per column: （七）总计 = 予以公开 + 部分公开 + Σ不予公开 + Σ无法提供 + Σ不予处理 + Σ其他处理.</summary>
public sealed class ApplicationResultTotalCheck : ITablesOnlyCheck
{
    public const string Rule = "check-application-result-total";

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        var table = report.Tables.Applications;
        if (table.Status is TableStatus.Absent or TableStatus.Unreadable)
        {
            yield return TableAbsence.Result(Rule, report, table.Status);
            yield break;
        }
        var missing = ApplicationIdentities.ExpectedDetails(table).Append(ApplicationIdentities.ResultTotal).Where(c => table.Row(c) is null).ToList();
        if (missing.Count > 0)
        {
            yield return new(Rule, CheckStatus.NotAssessable, $"Applications table: not every 办理结果 row was read ({string.Join(", ", missing)}), so （七）总计 cannot be checked.");
            yield break;
        }
        foreach (var identity in ApplicationIdentities.ResultTotals(table))
        {
            var outcome = ApplicationIdentities.Evaluate(table, identity);
            var details = identity.Left.Select(r => ApplicationIdentities.Cell(table, r)).ToList();
            // a column whose detail cells were all left blank (上海 2019 leaves the 总计 column of the result rows empty) is not a sum of zeros
            var sum = details.All(c => c is null || c.IsBlank) ? null : outcome.Left;
            var status = sum is null ? CheckStatus.Uncertain : outcome.Status;
            var total = ApplicationIdentities.Cell(table, identity.Right[0]);
            var evidence = $"{identity.Subject}: 办理结果各项之和 {CellArithmetic.Show(sum)}, （七）总计 {CellArithmetic.Show(total)}";
            yield return new CheckResult(Rule, status, status == CheckStatus.Fail ? "（七）总计不等于办理结果各项之和 — " + evidence : evidence)
            {
                Subject = identity.Subject,
                // the evidence: the stated total and every non-zero detail (zeros add nothing a reader needs to see)
                Items = [.. identity.Right.Concat(identity.Left.Where(r => ApplicationIdentities.Cell(table, r) is { Value: not 0 }))
                    .Select(r => Cells.Of(table.Row(r.Row)!, r.Column))],
            };
        }
    }
}
