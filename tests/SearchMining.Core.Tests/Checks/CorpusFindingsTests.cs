using SearchMining.Core.Checks;
using SearchMining.Core.Checks.Deadline;
using SearchMining.Core.Checks.Form;
using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Checks.Text;
using SearchMining.Core.Checks.Years;
using SearchMining.Core.Domain;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Core.Tests.Checks;

/// <summary>
/// Findings on real reports of data/corpus (dev split only, see data/corpus/SPLIT.md), each read in the source and listed
/// in docs/CHECKS.md: errors in the published text, and the cases the rules must not call errors.
/// </summary>
public class CorpusFindingsTests
{
    private static Report Dev(string file)
    {
        var folder = file.StartsWith('g') ? "github" : "pages";
        var path = Path.Combine(RepoPaths.Root, "data", "corpus", folder, file);
        return Injection.Parse(File.ReadAllText(path), file);
    }

    private static CheckResult Single(Report report, string rule, Report? previous = null) =>
        ReportChecker.All().Run(report, previous).Where(r => r.Rule == rule).MaxBy(r => r.Status == CheckStatus.Fail)!;

    [Fact]
    public void A_total_row_that_contradicts_its_details_is_caught_by_three_rules()
    {
        // 海坛片区管理局 2021 prints （七）总计1000000 under all-zero 办理结果 rows and 新收 0
        var report = Dev("g026_pingtan_haitan_pianquju_2021.txt");
        Injection.Failing(report).ShouldBe([ApplicationResultTotalCheck.Rule, ApplicationBalanceCheck.Rule, ApplicationRowTotalCheck.Rule, SearchMining.Core.Checks.Substance.SpecificityCheck.Rule], ignoreOrder: true);
    }

    [Fact]
    public void Section_five_copied_from_last_year_is_caught_with_its_sentences()
    {
        // 平潭县质监局 2013 repeats its 2012 section word for word
        var reuse = Single(Dev("g018_pingtan_xian_zhijianju_2013.txt"), ProblemsReuseCheck.Rule, Dev("g009_pingtan_xian_zhijianju_2012.txt"));
        reuse.Status.ShouldBe(CheckStatus.Fail);
        reuse.Score.ShouldBe(1);
        reuse.Items.ShouldContain(i => i.Year == 2012 && i.Text.Contains("监督检查力度不够"));
    }

    [Fact]
    public void Two_different_totals_of_proactive_disclosure_in_one_report_fail()
    {
        // 平潭县计生局 2013: 共主动公开政府信息43条 … 本局共主动公开政府信息33条
        var result = Single(Dev("g103_pingtan_xian_jishengju_2013.txt"), ProactiveTextCheck.Rule);
        result.Status.ShouldBe(CheckStatus.Fail);
        result.Items.Count.ShouldBe(2);
    }

    [Fact]
    public void A_report_dated_inside_its_own_year_fails_and_a_date_years_later_is_a_republication()
    {
        // 蓬莱市统计局 "2010年…年度报告", 发布时间 2010-01-27
        Single(Dev("p141_penglai_tongjiju_2010.txt"), DeadlineCheck.Rule).Status.ShouldBe(CheckStatus.Fail);
        // 山东省机关事务管理局 2008 report with 发布时间 2020-07-21: the page was re-published
        var republished = Single(Dev("p051_shandong_jiguanshiwuju_2008.txt"), DeadlineCheck.Rule);
        republished.Status.ShouldBe(CheckStatus.Uncertain);
        republished.Evidence.ShouldContain("re-publication");
    }

    [Fact]
    public void A_pre_2019_report_without_review_and_litigation_anywhere_fails_the_sections_rule()
    {
        // 平潭县安监局 2011: 概述, 主动公开, 依申请公开, 收费及减免, 问题和改进措施 — 复议/诉讼 nowhere
        var result = Single(Dev("g014_pingtan_xian_anjianju_2011.txt"), SectionsCheck.Rule);
        result.Status.ShouldBe(CheckStatus.Fail);
        result.Evidence.ShouldContain("行政复议");
    }

    [Fact]
    public void A_2021_report_without_section_six_fails_and_a_department_without_the_regulation_row_too()
    {
        Single(Dev("g086_pingtan_huanjingguotuju_2019.txt"), SectionsCheck.Rule).Evidence.ShouldContain("其他需要报告的事项");
        // 海坛片区管理局 2023 prints only 规范性文件 under 第二十条第（一）项
        var rows = ReportChecker.All().Run(Dev("g030_pingtan_haitan_pianquju_2023.txt")).Single(r => r.Rule == RequiredRowsCheck.Rule && r.Subject == "表二");
        rows.Status.ShouldBe(CheckStatus.Fail);
        rows.Evidence.ShouldContain("规章");
    }

    [Fact]
    public void No_review_application_received_is_not_read_as_no_disclosure_application()
    {
        // 平潭行政审批局 2019: 未收到因政府信息公开提出的行政复议、行政诉讼的申请 — while table 三 counts 1 application
        var report = Dev("g112_pingtan_xingzhengshenpiju_2019.txt");
        report.Tables.Applications.Row("new")!.Cells[ApplicantType.Total].Value.ShouldBe(1);
        ReportChecker.All().Run(report).Where(r => r.Rule == ApplicationsTextCheck.Rule).ShouldNotContain(r => r.Status == CheckStatus.Fail);
    }

    [Fact]
    public void A_total_column_left_at_zero_is_caught_in_every_row_and_against_the_text()
    {
        // 海坛片区管理局 2024 writes 5100000 for 新收 (5 + 1 with 总计 0) and says 共受理政府信息公开申请6件
        var failing = ReportChecker.All().Run(Dev("g126_pingtan_haitan_pianquju_2024.txt")).Where(r => r.Status == CheckStatus.Fail).ToList();
        failing.Where(r => r.Rule == ApplicationRowTotalCheck.Rule).Select(r => r.Subject).ShouldContain("new");
        failing.Single(r => r.Rule == ApplicationsTextCheck.Rule).Evidence.ShouldContain("6");
    }
}
