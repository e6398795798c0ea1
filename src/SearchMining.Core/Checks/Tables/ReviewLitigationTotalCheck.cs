using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks;

/// <summary>Section 四: in each of 行政复议, 未经复议直接起诉, 复议后起诉, 总计 = 维持 + 纠正 + 其他 + 尚未审结.</summary>
public sealed class ReviewLitigationTotalCheck : IReportCheck
{
    public const string Rule = "check-review-litigation-total";

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        var table = report.Tables.ReviewLitigation;
        if (table.Status != TableStatus.Parsed) yield break;
        foreach (var (name, counts) in new[] { ("行政复议", table.Review), ("未经复议直接起诉", table.LitigationDirect), ("复议后起诉", table.LitigationAfterReview) })
        {
            if (counts is null) continue;
            var sum = (counts.Upheld ?? 0) + (counts.Corrected ?? 0) + (counts.OtherResult ?? 0) + (counts.Pending ?? 0);
            var evidence = $"{name}: 维持 {counts.Upheld} + 纠正 {counts.Corrected} + 其他 {counts.OtherResult} + 尚未审结 {counts.Pending} = {sum}, 总计 {counts.Total?.ToString() ?? "(blank)"}";
            if (counts.Total is null) yield return new(Rule, sum == 0 ? CheckStatus.Pass : CheckStatus.Uncertain, evidence);
            else if (counts.Total != sum) yield return new(Rule, CheckStatus.Fail, "总计不等于各项结果之和 — " + evidence);
            else yield return new(Rule, CheckStatus.Pass, evidence);
        }
    }
}
