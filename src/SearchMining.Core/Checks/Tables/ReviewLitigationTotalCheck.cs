using SearchMining.Core.Checks.Evidence;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Tables;

/// <summary>Section 四: in each of 行政复议, 未经复议直接起诉, 复议后起诉, 总计 = 维持 + 纠正 + 其他 + 尚未审结.</summary>
public sealed class ReviewLitigationTotalCheck : ITablesOnlyCheck
{
    public const string Rule = "check-review-litigation-total";

    private static readonly ReviewColumn[] Results = [ReviewColumn.Upheld, ReviewColumn.Corrected, ReviewColumn.Other, ReviewColumn.Pending];

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        var table = report.Tables.ReviewLitigation;
        if (table.Status != TableStatus.Parsed)
        {
            yield return TableAbsence.Result(Rule, report, table.Status, "四");
            yield break;
        }
        foreach (var group in ReviewCells.Groups)
        {
            if (ReviewCells.Counts(table, group) is not { } counts) continue;
            var name = ReviewCells.Label(group);
            var sum = Results.Sum(c => ReviewCells.Value(table, group, c) ?? 0);
            var evidence = $"{name}: 维持 {counts.Upheld} + 纠正 {counts.Corrected} + 其他 {counts.OtherResult} + 尚未审结 {counts.Pending} = {sum}, 总计 {counts.Total?.ToString() ?? "(blank)"}";
            var status = counts.Total is null ? (sum == 0 ? CheckStatus.Pass : CheckStatus.Uncertain)
                : counts.Total != sum ? CheckStatus.Fail : CheckStatus.Pass;
            yield return new CheckResult(Rule, status, status == CheckStatus.Fail ? "总计不等于各项结果之和 — " + evidence : evidence)
            {
                Subject = name,
                Items = [.. Results.Append(ReviewColumn.Total).Select(c => Cells.Of(table, group, c))],
            };
        }
    }
}
