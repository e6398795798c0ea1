using System.Text.RegularExpressions;
using SearchMining.Core.Checks.Evidence;
using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Text;

/// <summary>
/// Fees (信息处理费): the fee statements of the report agree with each other; a statement that no fee notice was sent
/// agrees with table 三's row （六）2 (逾期未按收费通知要求缴纳费用); fees collected imply applications handled. A notice
/// sent but not paid while no fee was collected is not a contradiction.
/// </summary>
public sealed partial class FeesCheck : IReportCheck
{
    public const string Rule = "check-fees";

    private const string FeeNoticeRow = "result.6.2";

    [GeneratedRegex(@"收取[^。；\n]{0,30}?(?:费|费用)[^。；，,\n\d]{0,8}?(?<n>\d+(?:\.\d+)?)\s*(?:(?<wan>万元)|元)")]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?:未|没有|无)[^。；，,\n]{0,12}?收取[^。；\n]{0,16}?(?:费|费用)|收取[^。；\n]{0,20}?(?:费|费用)[^。；\n]{0,16}?(?:均为|为)\s*0(?![\d.])|(?:费用|收费)[^。；\n]{0,4}?情况无|(?:未|没有)(?!按)[^。；，,\n]{0,12}?收费(?!通知)")]
    private static partial Regex NoFee();

    [GeneratedRegex(@"(?:未|没有)[^。；，,\n]{0,6}?发出[^。；\n]{0,6}?收费通知|收费通知[^。；\n]{0,24}?(?:均为|为)\s*0(?![\d.])")]
    private static partial Regex NoNotice();

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        var amounts = Narrative.Find(report, Amount()).Where(IsDisclosureFee).ToList();
        var none = Narrative.Find(report, NoFee()).Where(IsDisclosureFee).ToList();
        var statements = amounts.Concat(none).DistinctBy(s => s.Sentence.SourceStart).ToList();
        var noNotice = Narrative.Find(report, NoNotice()).DistinctBy(s => s.Sentence.SourceStart).ToList();
        if (statements.Count == 0 && noNotice.Count == 0)
        {
            yield return new(Rule, CheckStatus.NotAssessable, "The report states nothing about 信息处理费.");
            yield break;
        }
        var values = statements.Select(s => s.Value).Distinct().ToList();
        if (values.Count > 1)
        {
            yield return new(Rule, CheckStatus.Fail, $"收费说法不一致: {string.Join(" / ", values.Select(v => v + " 元"))}")
            {
                Subject = "收费说法", Items = [.. statements.Select(s => s.Sentence)],
            };
            yield break;
        }
        var fee = values.Count == 1 ? values[0] : (decimal?)null;
        var table = report.Tables.Applications;
        var noticeRow = table.Row(FeeNoticeRow);
        var unpaid = noticeRow is null ? null : CellArithmetic.Stated(noticeRow.Cells.GetValueOrDefault(ApplicantType.Total));
        var items = statements.Select(s => s.Sentence).ToList();
        if (noNotice.Count > 0 && unpaid > 0)
        {
            yield return new(Rule, CheckStatus.Fail, $"正文称未发出收费通知，表三（六）2.逾期未按收费通知要求缴纳费用为 {unpaid} 件 — 「{noNotice[0].Sentence.Text}」")
            {
                Subject = "收费通知", Items = [.. noNotice.Select(s => s.Sentence), Cells.Of(noticeRow!, ApplicantType.Total)],
            };
            yield break;
        }
        var handled = table.Row(ApplicationIdentities.ResultTotal) is { } totalRow ? CellArithmetic.Stated(totalRow.Cells.GetValueOrDefault(ApplicantType.Total)) : null;
        if (fee > 0 && handled == 0)
        {
            yield return new(Rule, CheckStatus.Fail, $"收取信息处理费 {fee} 元，而表三本年度办理结果总计为 0")
            {
                Subject = "收费", Items = [.. items, Cells.Of(table.Row(ApplicationIdentities.ResultTotal)!, ApplicantType.Total)],
            };
            yield break;
        }
        if (noticeRow is not null) items.Add(Cells.Of(noticeRow, ApplicantType.Total));
        var note = fee == 0 && unpaid > 0 ? $"; {unpaid} applications got a fee notice and did not pay (not a contradiction)" : "";
        yield return new CheckResult(Rule, CheckStatus.Pass, (fee is null ? "未发出收费通知" : $"信息处理费 {fee} 元") + (noticeRow is null ? "" : $", 表三（六）2 {CellArithmetic.Show(unpaid)}") + note)
        {
            Subject = "收费", Items = [.. items, .. noNotice.Select(s => s.Sentence)],
        };
    }

    /// <summary>Fees for disclosure (信息处理费), not the 行政事业性收费 of table 二.</summary>
    private static bool IsDisclosureFee(StatedNumber s) => !s.FoldedSentence.Contains("行政事业性收费") && !s.FoldedSentence.Contains('\t');
}
