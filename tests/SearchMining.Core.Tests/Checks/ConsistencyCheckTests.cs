using SearchMining.Core.Checks;
using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Checks.Years;
using SearchMining.Core.Domain;
using SearchMining.Core.Parsing;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Checks;

/// <summary>勾稽关系 rules on real reports, and on copies of them with one number changed.</summary>
[Collection(SampleCorpusCollection.Name)]
public class ConsistencyCheckTests(SampleCorpus corpus)
{
    private readonly ReportParser _parser = new();

    private Report ParseChanged(string prefix, string find, string replace)
    {
        var text = SampleCorpus.Text(prefix);
        text.ShouldContain(find);
        var changed = text.Replace(find, replace);
        return _parser.Parse(changed, prefix + "changed.txt").Report!;
    }

    [Theory]
    [InlineData("000_")]
    [InlineData("002_9d")]
    [InlineData("003_")]
    [InlineData("002_huaian")]
    [InlineData("038_")]
    [InlineData("001_shanghai")]
    public void Consistent_reports_pass_every_rule(string prefix)
    {
        var report = corpus.Report(prefix);
        report.Warnings.ShouldNotContain(w => w.Code.StartsWith("check-"));
        var results = ReportChecker.Default().Run(report);
        results.ShouldContain(r => r.Rule == ApplicationBalanceCheck.Rule && r.Status == CheckStatus.Pass);
        results.ShouldContain(r => r.Rule == ReviewLitigationTotalCheck.Rule && r.Status == CheckStatus.Pass);
        results.ShouldNotContain(r => r.Status == CheckStatus.Fail);
    }

    [Fact]
    public void A_changed_new_applications_cell_breaks_the_row_total_and_the_balance()
    {
        var report = ParseChanged("000_", "一、本年新收政府信息公开申请数量\t\t0", "一、本年新收政府信息公开申请数量\t\t3");
        report.Tables.Applications.Row("new")!.Cells[ApplicantType.NaturalPerson].Value.ShouldBe(3);
        report.Warnings.ShouldContain(w => w.Code == ApplicationRowTotalCheck.Rule && w.Message.Contains("row new"));
        var balance = report.Warnings.Where(w => w.Code == ApplicationBalanceCheck.Rule).ToList();
        balance.Count.ShouldBe(1);
        balance[0].Message.ShouldContain("自然人: 新收 3 + 上年结转 0 = 3, 办理结果总计 0 + 结转下年度 0 = 0");
    }

    [Fact]
    public void A_changed_total_in_a_pdf_layout_table_breaks_three_rules()
    {
        var report = ParseChanged("002_huaian", "（七）总计                           2932", "（七）总计                           2933");
        var codes = report.Warnings.Select(w => w.Code).ToList();
        codes.ShouldContain(ApplicationResultTotalCheck.Rule);
        codes.ShouldContain(ApplicationRowTotalCheck.Rule);
        codes.ShouldContain(ApplicationBalanceCheck.Rule);
        report.Warnings.Single(w => w.Code == ApplicationResultTotalCheck.Rule).Message.ShouldContain("办理结果各项之和 2932, （七）总计 2933");
    }

    [Fact]
    public void A_changed_review_number_breaks_the_review_total()
    {
        var report = ParseChanged("000_", "\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "\n2\t0\t0\t0\t0\t0\t0\t0\t0\t0");
        report.Tables.ReviewLitigation.Review!.Upheld.ShouldBe(2);
        report.Warnings.ShouldContain(w => w.Code == ReviewLitigationTotalCheck.Rule && w.Message.Contains("行政复议: 维持 2"));
    }

    [Fact]
    public void A_changed_cell_in_a_docx_extracted_table_is_caught()
    {
        // 003: the 予以公开 row, 自然人 column, written one cell per line
        var report = ParseChanged("003_", "\t（一）予以公开\n\t0", "\t（一）予以公开\n\t5");
        report.Tables.Applications.Row("result.1")!.Cells[ApplicantType.NaturalPerson].Value.ShouldBe(5);
        report.Warnings.ShouldContain(w => w.Code == ApplicationResultTotalCheck.Rule && w.Message.Contains("自然人"));
    }

    [Fact]
    public void A_real_inconsistency_in_the_source_is_reported()
    {
        // 洪泽区 2023 prints 行政复议 10 + 1 with 总计 0
        var report = corpus.Report("037_");
        report.Warnings.ShouldContain(w => w.Code == ReviewLitigationTotalCheck.Rule && w.Message.Contains("维持 10 + 纠正 1"));
    }

    [Fact]
    public void Rules_that_need_a_missing_row_are_not_assessable_rather_than_failing()
    {
        var report = corpus.Report("027_");
        var results = ReportChecker.Default().Run(report);
        results.ShouldContain(r => r.Rule == ApplicationBalanceCheck.Rule && r.Status == CheckStatus.NotAssessable);
        results.ShouldNotContain(r => r.Status == CheckStatus.Fail);
    }

    [Fact]
    public void Checks_accept_a_previous_report_for_year_over_year_rules()
    {
        var rule = new ApplicationBalanceCheck();
        rule.Check(corpus.Report("038_"), corpus.Report("037_")).ShouldAllBe(r => r.Status == CheckStatus.Pass);
    }

    [Theory]
    [InlineData("037_", "038_")] // 洪泽区 2023 → 2024
    [InlineData("045_", "039_")] // 平潭 2020 → 2021
    [InlineData("039_", "040_")] // 平潭 2021 → 2022: 1 application carried forward by a natural person
    public void Carried_over_applications_match_last_years_carried_forward(string before, string after)
    {
        var results = ReportChecker.Default().Run(corpus.Report(after), corpus.Report(before))
            .Where(r => r.Rule == CarryOverCheck.Rule).ToList();
        results.Count.ShouldBe(7);
        results.ShouldAllBe(r => r.Status == CheckStatus.Pass);
    }

    [Fact]
    public void A_changed_carry_over_breaks_the_year_over_year_rule()
    {
        var changed = ParseChanged("040_", "二、上年结转政府信息公开申请数量 1000001", "二、上年结转政府信息公开申请数量 2000002");
        var results = ReportChecker.Default().Run(changed, corpus.Report("039_")).Where(r => r.Rule == CarryOverCheck.Rule).ToList();
        results.ShouldContain(r => r.Status == CheckStatus.Fail && r.Evidence.Contains("自然人: 2022 上年结转 2, 2021 结转下年度 1"));
    }

    [Fact]
    public void Reports_of_years_that_do_not_follow_each_other_are_not_compared()
    {
        ReportChecker.Default().Run(corpus.Report("040_"), corpus.Report("045_"))
            .Single(r => r.Rule == CarryOverCheck.Rule).Status.ShouldBe(CheckStatus.NotAssessable);
    }
}
