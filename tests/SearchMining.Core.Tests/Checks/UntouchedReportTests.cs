using SearchMining.Core.Checks;
using SearchMining.Core.Checks.Deadline;
using SearchMining.Core.Checks.Form;
using SearchMining.Core.Checks.Substance;
using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Checks.Text;
using SearchMining.Core.Comparison;
using SearchMining.Core.Domain;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Checks;

/// <summary>
/// The untouched sample reports raise no false alarm: every rule that fails on them fails for a reason a person found
/// in the text (each one read and listed in docs/CHECKS.md), and no other rule fails.
/// </summary>
[Collection(SampleCorpusCollection.Name)]
public class UntouchedReportTests(SampleCorpus corpus)
{
    /// <summary>File prefix → the rules that fail, each judged by reading the report.</summary>
    public static TheoryData<string, string[]> Judged() => new()
    {
        { "000_", [] },
        // section 五 names no concrete problem: 主动意识不足 / 内容有待完善 / 政策解读欠佳
        { "001_49", [SpecificityCheck.Rule] },
        // the table leaves 126 cells of 表三 and 9 of 表四 blank instead of writing 0
        { "001_shanghai", [TableCellsCheck.Rule] },
        // 工作制度和程序不够优化; 公开内容侧重点不够明确 — nothing concrete
        { "002_9d", [SpecificityCheck.Rule] },
        { "002_huaian", [] },
        { "003_", [] },
        { "004_", [] },
        { "009_", [] },
        // section 五 is one sentence of 47 characters
        { "013_", [ProblemsPresentCheck.Rule] },
        // only the tail of the report is stored: 一 and 二 are beyond the cut (uncertain, not failed), 三 and 四 have no text
        { "015_", [] },
        // a 2015 report dated 2015-03-15 (before its year ended); section 五 entirely generic
        { "022_", [DeadlineCheck.Rule, SpecificityCheck.Rule] },
        // only the head of the report is stored: it stops inside table 三 (what follows is uncertain, not failed)
        { "027_", [] },
        // 行政复议 10 + 1 and 复议后起诉 5 with 总计 0 in the published table; section 五 generic (仍存在一定差距 …)
        { "037_", [ReviewLitigationTotalCheck.Rule, SpecificityCheck.Rule] },
        // the text says the office received 17 applications for the government, table 三 says 95
        { "038_", [ApplicationsTextCheck.Rule] },
        { "039_", [] },
        { "040_", [] },
        // the flattened table's 办理结果 rows add up to 26 (自然人) / 27 (总计) against （七）总计 20 / 21
        { "045_", [ApplicationResultTotalCheck.Rule] },
    };

    [Theory]
    [MemberData(nameof(Judged))]
    public void Only_the_failures_read_as_true_are_raised(string prefix, string[] judged)
    {
        var history = new AgencyNameHistory(corpus.Outcomes.Values.Where(o => o.Succeeded).Select(o => o.Report!));
        var checks = ReportChecker.All().Run(corpus.Report(prefix), history);
        checks.FailedRules.ShouldBe(judged, ignoreOrder: true);
    }

    [Fact]
    public void Every_sample_report_is_judged()
    {
        var judged = Judged().Select(row => (string)row[0]).ToList();
        foreach (var file in corpus.Outcomes.Where(o => o.Value.Succeeded).Select(o => o.Key))
            judged.Count(file.StartsWith).ShouldBe(1, file);
    }
}
