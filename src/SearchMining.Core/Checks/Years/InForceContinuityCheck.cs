using SearchMining.Core.Checks.Evidence;
using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Years;

/// <summary>
/// Table 二 across years, for 规章 and 行政规范性文件: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数.
/// Fewer in force than that is uncertain (a 规范性文件 can lapse at the end of its validity period without being
/// repealed); more is a failure (documents in force that were neither in force last year nor issued this year).
/// </summary>
public sealed class InForceContinuityCheck : IReportCheck
{
    public const string Rule = "check-in-force-continuity";

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        if (PreviousYear.Mismatch(Rule, report, previous) is { } mismatch)
        {
            yield return mismatch;
            yield break;
        }
        var any = false;
        foreach (var category in ProactiveColumns.DocumentRows)
        {
            var now = ProactiveColumns.Row(report.Tables.Proactive, category);
            var before = ProactiveColumns.Row(previous!.Tables.Proactive, category);
            if (now is null || before is null) continue;
            var issued = ProactiveColumns.Column(now, ProactiveColumns.Issued);
            var repealed = ProactiveColumns.Column(now, ProactiveColumns.Repealed);
            var inForce = ProactiveColumns.Column(now, ProactiveColumns.InForce);
            var inForceBefore = ProactiveColumns.Column(before, ProactiveColumns.InForce);
            if (issued is null || repealed is null || inForce is null || inForceBefore is null) continue;
            any = true;
            var last = CellArithmetic.Stated(before.Cells[inForceBefore]);
            var added = CellArithmetic.Sum([now.Cells[issued]]);
            var removed = CellArithmetic.Sum([now.Cells[repealed]]);
            var stated = CellArithmetic.Stated(now.Cells[inForce]);
            var expected = last + added - removed;
            var evidence = $"{category}: {previous.Year} 现行有效 {CellArithmetic.Show(last)} + {report.Year} 制发 {CellArithmetic.Show(added)} − 废止 {CellArithmetic.Show(removed)} = {CellArithmetic.Show(expected)}, {report.Year} 现行有效 {CellArithmetic.Show(stated)}";
            var status = expected is null || stated is null ? CheckStatus.Uncertain
                : stated == expected ? CheckStatus.Pass
                : stated < expected ? CheckStatus.Uncertain
                : CheckStatus.Fail;
            var message = status switch
            {
                CheckStatus.Fail => "现行有效件数多于上年现行有效加本年制发减本年废止 — " + evidence,
                CheckStatus.Uncertain when stated < expected => evidence + " (fewer in force: documents may have lapsed without being repealed)",
                _ => evidence,
            };
            yield return new CheckResult(Rule, status, message)
            {
                Subject = category,
                Items = [Cells.Of(before, inForceBefore, previous), Cells.Of(now, issued), Cells.Of(now, repealed), Cells.Of(now, inForce)],
            };
        }
        if (!any)
            yield return new(Rule, CheckStatus.NotAssessable,
                "规章 / 行政规范性文件 rows with 制发, 废止 and 现行有效 were not read in both years (the 2019 template has no 现行有效件数).");
    }
}
