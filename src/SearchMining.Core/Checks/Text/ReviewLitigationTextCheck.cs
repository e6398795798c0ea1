using System.Text.RegularExpressions;
using SearchMining.Core.Checks.Evidence;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Text;

/// <summary>
/// 行政复议 N 件 / 行政诉讼 N 件 (or 未发生…行政复议/行政诉讼) in the narrative against table 四: the review total, and
/// the two litigation totals (未经复议直接起诉 + 复议后起诉) together.
/// </summary>
public sealed partial class ReviewLitigationTextCheck : IReportCheck
{
    public const string Rule = "check-text-review-litigation";

    private static readonly SectionTopic[] Where = [SectionTopic.Overview, SectionTopic.ReviewLitigation];

    [GeneratedRegex(@"行政复议(?:案件|申请)?(?:共|共计)?[^。；，,\d\t]{0,6}?(?<n>\d+)\s*(?:件|起|宗)|(?<![尚])(?:未|没有)(?!经)[^。；，\t]{0,24}?行政复议")]
    private static partial Regex Review();

    [GeneratedRegex(@"(?:行政诉讼|(?<!复议后)诉讼)(?:案件)?(?:共|共计)?[^。；，,\d\t]{0,6}?(?<n>\d+)\s*(?:件|起|宗)|(?<![尚])(?:未|没有)(?!经)[^。；\t]{0,60}?行政诉讼")]
    private static partial Regex Litigation();

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        var table = report.Tables.ReviewLitigation;
        var review = Narrative.Find(report, Review(), Where).Where(s => !s.FoldedSentence.Contains('\t')).DistinctBy(s => s.Sentence.SourceStart).ToList();
        var litigation = Narrative.Find(report, Litigation(), Where).Where(s => !s.FoldedSentence.Contains('\t')).DistinctBy(s => s.Sentence.SourceStart).ToList();
        if (review.Count + litigation.Count == 0)
        {
            yield return new(Rule, CheckStatus.NotAssessable, "The narrative states no number of administrative reviews or lawsuits.");
            yield break;
        }
        if (table.Status != TableStatus.Parsed)
        {
            yield return new(Rule, CheckStatus.NotAssessable, "The narrative states review/litigation numbers but table 四 was not read.")
            {
                Items = [.. review.Concat(litigation).Select(s => s.Sentence)],
            };
            yield break;
        }
        foreach (var stated in review)
            yield return Compare(stated, "行政复议", [(ReviewGroup.Review, table.Review?.Total)], table);
        foreach (var stated in litigation)
            yield return Compare(stated, "行政诉讼", [(ReviewGroup.LitigationDirect, table.LitigationDirect?.Total), (ReviewGroup.LitigationAfterReview, table.LitigationAfterReview?.Total)], table);
    }

    private static CheckResult Compare(StatedNumber stated, string subject, (ReviewGroup Group, decimal? Total)[] totals, ReviewLitigationTable table)
    {
        var items = new List<CheckEvidence> { stated.Sentence };
        items.AddRange(totals.Select(t => Cells.Of(table, t.Group, ReviewColumn.Total)));
        decimal? sum = totals.Any(t => t.Total is null) ? null : totals.Sum(t => t.Total!.Value);
        var status = sum is null ? CheckStatus.Uncertain : sum == stated.Value ? CheckStatus.Pass : CheckStatus.Fail;
        var cells = string.Join(" + ", totals.Select(t => $"{ReviewCells.Label(t.Group)}总计 {t.Total?.ToString() ?? "(blank)"}"));
        return new CheckResult(Rule, status, status == CheckStatus.Fail
            ? $"正文{subject} {stated.Value} 件，表四{cells} — 「{stated.Sentence.Text}」"
            : $"{subject} {stated.Value} 件; 表四 {cells}")
        {
            Subject = subject,
            Items = items,
        };
    }
}
