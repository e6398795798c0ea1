using SearchMining.Core.Checks;
using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Domain;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Checks;

/// <summary>
/// Table 三 laid out with eight columns (法人或其他组织 小计 beside the five organisation columns): 淮安 2024's table with
/// that column written in — the subtotal of each row placed before its 总计 and 小计 added to the header.
/// </summary>
[Collection(SampleCorpusCollection.Name)]
public class EightColumnTableTests(SampleCorpus corpus)
{
    /// <summary>淮安 2024 with a 小计 column; <paramref name="wrong"/> gives one row a subtotal off by one.</summary>
    private Report WithSubtotals(string? wrong = null)
    {
        var report = corpus.Report("002_huaian");
        var text = report.SourceText;
        var inserts = report.Tables.Applications.Rows
            .Select(r => (At: r.Cells[ApplicantType.Total].SourceStart, Value: ApplicantColumns.Organisations.Sum(c => r.Cells[c].Value ?? 0) + (r.Code == wrong ? 1 : 0)))
            .OrderByDescending(x => x.At);
        foreach (var (at, value) in inserts) text = text[..at] + value + "    " + text[at..];
        var other = text.IndexOf("其他\n", text.IndexOf("申请人情况", StringComparison.Ordinal), StringComparison.Ordinal);
        text = text[..(other + 2)] + "      小计" + text[(other + 2)..];
        return Injection.Parse(text, "huaian-8-columns.txt");
    }

    [Fact]
    public void Every_row_reads_eight_columns_and_the_subtotal_is_checked_against_the_five_organisation_columns()
    {
        var report = WithSubtotals();
        var table = report.Tables.Applications;
        table.Status.ShouldBe(TableStatus.Parsed);
        table.Row("new")!.Cells[ApplicantType.LegalPersonSubtotal].Value.ShouldBe(118); // 53 + 0 + 0 + 61 + 4
        table.Row("new")!.Cells[ApplicantType.Total].Value.ShouldBe(3119);
        var results = ReportChecker.All().Run(report).Where(r => r.Rule == ApplicationRowTotalCheck.Rule).ToList();
        results.Count(r => r.Subject!.EndsWith(" 小计", StringComparison.Ordinal)).ShouldBe(table.Rows.Count);
        results.ShouldAllBe(r => r.Status == CheckStatus.Pass);
        // the subtotal column has its own column identities too
        ReportChecker.All().Run(report).Where(r => r.Subject == "法人或其他组织小计").Select(r => r.Rule)
            .ShouldBe([ApplicationResultTotalCheck.Rule, ApplicationBalanceCheck.Rule], ignoreOrder: true);
        Injection.Failing(report).ShouldBeEmpty();
    }

    [Fact]
    public void A_wrong_subtotal_fails_the_row_rule_and_its_column_rule_only()
    {
        var report = WithSubtotals(wrong: "result.4.1");
        var failed = ReportChecker.All().Run(report).Where(r => r.Status == CheckStatus.Fail).ToList();
        failed.Select(r => (r.Rule, r.Subject)).ShouldBe([(ApplicationResultTotalCheck.Rule, "法人或其他组织小计"), (ApplicationRowTotalCheck.Rule, "result.4.1 小计")], ignoreOrder: true);
        failed.Single(r => r.Rule == ApplicationRowTotalCheck.Rule).Evidence.ShouldContain("小计");
    }
}
