using SearchMining.Core.Checks;
using SearchMining.Core.Checks.Deadline;
using SearchMining.Core.Checks.Form;
using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Checks.Text;
using SearchMining.Core.Checks.Years;
using SearchMining.Core.Domain;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Checks;

/// <summary>
/// Copies of real reports with ONE error put in: the rules that newly fail are exactly the ones meant to catch it. A
/// single changed cell of table 三 sits in one row and one column, so it breaks that row's total and that column's
/// identity — two rules by the arithmetic itself; a changed pair that keeps the row adding up breaks only the column.
/// </summary>
[Collection(SampleCorpusCollection.Name)]
public class InjectedErrorTests(SampleCorpus corpus)
{
    [Fact]
    public void A_changed_result_cell_breaks_its_row_total_and_its_column_total()
    {
        var original = corpus.Report("000_");
        var changed = Injection.Changed(original, "1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0", "1.属于国家秘密\t2\t0\t0\t0\t0\t0\t0");
        Injection.NewlyFailing(original, changed).ShouldBe([ApplicationRowTotalCheck.Rule, ApplicationResultTotalCheck.Rule], ignoreOrder: true);
    }

    [Fact]
    public void A_changed_result_row_that_still_adds_up_breaks_only_the_result_total()
    {
        var original = corpus.Report("000_");
        var changed = Injection.Changed(original, "1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0", "1.属于国家秘密\t2\t0\t0\t0\t0\t0\t2");
        Injection.NewlyFailing(original, changed).ShouldBe([ApplicationResultTotalCheck.Rule]);
        var failed = ReportChecker.All().Run(changed).Where(r => r.Status == CheckStatus.Fail).ToList();
        failed.Select(r => r.Subject).ShouldBe(["自然人", "总计"], ignoreOrder: true);
        // the evidence names the changed cell, and its offsets point at the "2" in the copy's source
        var cell = failed[0].Items.Single(i => i.Row == "result.3.1");
        changed.SourceText[cell.SourceStart..cell.SourceEnd].ShouldBe("2");
    }

    [Fact]
    public void A_changed_carried_forward_row_breaks_only_the_balance()
    {
        var original = corpus.Report("000_");
        var changed = Injection.Changed(original, "四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0", "四、结转下年度继续办理\t\t1\t0\t0\t0\t0\t0\t1");
        Injection.NewlyFailing(original, changed).ShouldBe([ApplicationBalanceCheck.Rule]);
    }

    [Fact]
    public void A_changed_review_cell_breaks_the_review_total()
    {
        var original = corpus.Report("002_9d");
        var text = original.SourceText;
        var review = original.Tables.ReviewLitigation.Cells[0];
        var changed = Injection.Parse(text[..review.SourceStart] + "3" + text[review.SourceEnd..], "changed.txt");
        changed.Tables.ReviewLitigation.Review!.Upheld.ShouldBe(3);
        Injection.NewlyFailing(original, changed).ShouldBe([ReviewLitigationTotalCheck.Rule]);
    }

    [Fact]
    public void Review_numbers_that_add_up_but_contradict_the_text_break_only_the_text_rule()
    {
        // 000 writes 未因政府信息公开被申请行政复议或被提起行政诉讼; the copy's table says 2 reviews, upheld
        var original = corpus.Report("000_");
        var changed = Injection.Changed(original, "\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "\n2\t0\t0\t0\t2\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0");
        Injection.NewlyFailing(original, changed).ShouldBe([ReviewLitigationTextCheck.Rule]);
    }

    [Fact]
    public void A_changed_number_in_the_text_breaks_only_the_text_rule()
    {
        var original = corpus.Report("002_huaian");
        var changed = Injection.Changed(original, "申请 3119 件", "申请 3118 件");
        Injection.NewlyFailing(original, changed).ShouldBe([ApplicationsTextCheck.Rule]);
        var fail = ReportChecker.All().Run(changed).Single(r => r.Status == CheckStatus.Fail);
        fail.Items[0].Kind.ShouldBe(EvidenceKind.Sentence);
        changed.SourceText[fail.Items[0].SourceStart..fail.Items[0].SourceEnd].ShouldContain("3118");
        fail.Items[1].Value.ShouldBe(3119);
    }

    [Fact]
    public void A_fee_stated_where_no_application_was_handled_breaks_only_the_fee_rule()
    {
        var original = corpus.Report("003_");
        var changed = Injection.Changed(original, "本年度无依申请公开政府信息而收取信息处理费情况。", "本年度收取信息处理费 200 元。");
        Injection.NewlyFailing(original, changed).ShouldBe([FeesCheck.Rule]);
    }

    [Fact]
    public void Two_fee_statements_that_disagree_break_only_the_fee_rule()
    {
        // 000 says 未收取任何费用 in section 一; the copy's section 六 says 300 元
        var original = corpus.Report("000_");
        var six = Injection.Section(original, SectionTopic.Other);
        var at = original.SourceText.IndexOf("本年度依申请公开政府信息未收取任何费用。", six.SourceStart, StringComparison.Ordinal);
        var text = original.SourceText[..at] + "本年度收取政府信息公开信息处理费 300 元。" + original.SourceText[(at + "本年度依申请公开政府信息未收取任何费用。".Length)..];
        var changed = Injection.Parse(text, "fees.txt");
        Injection.NewlyFailing(original, changed).ShouldBe([FeesCheck.Rule]);
    }

    [Fact]
    public void A_removed_section_six_breaks_only_the_sections_rule()
    {
        var original = corpus.Report("000_");
        var changed = Injection.WithoutSection(original, SectionTopic.Other);
        Injection.NewlyFailing(original, changed).ShouldBe([SectionsCheck.Rule]);
    }

    [Fact]
    public void A_removed_section_five_breaks_only_the_sections_rule()
    {
        var original = corpus.Report("003_");
        var changed = Injection.WithoutSection(original, SectionTopic.Problems);
        Injection.NewlyFailing(original, changed).ShouldBe([SectionsCheck.Rule]);
        ReportChecker.All().Run(changed).Single(r => r.Rule == SectionsCheck.Rule).Evidence.ShouldContain("存在的主要问题及改进情况");
    }

    [Fact]
    public void A_shifted_publication_date_breaks_only_the_deadline()
    {
        var original = corpus.Report("001_shanghai");
        var changed = Injection.Changed(original, "发布日期：2020-01-31", "发布日期：2020-02-03");
        Injection.NewlyFailing(original, changed).ShouldBe([DeadlineCheck.Rule]);
        var late = ReportChecker.All().Run(changed).Single(r => r.Rule == DeadlineCheck.Rule);
        late.Score.ShouldBe(3);
        late.Items.Single().Label.ShouldBe("发布日期");
    }

    [Fact]
    public void Last_years_section_five_pasted_in_breaks_only_the_reuse_rule()
    {
        var before = corpus.Report("039_");
        var original = corpus.Report("040_");
        var changed = Injection.WithBody(original, SectionTopic.Problems, Injection.Body(before, SectionTopic.Problems));
        Injection.NewlyFailing(original, changed, before).ShouldBe([ProblemsReuseCheck.Rule]);
        var reuse = ReportChecker.All().Run(changed, before).Single(r => r.Rule == ProblemsReuseCheck.Rule);
        reuse.Score!.Value.ShouldBeGreaterThan(0.9);
        reuse.Items.Where(i => i.ReportId == before.Id).ShouldNotBeEmpty();
    }

    [Fact]
    public void A_section_five_that_says_only_none_breaks_only_the_presence_rule()
    {
        var original = corpus.Report("000_");
        var changed = Injection.WithBody(original, SectionTopic.Problems, "\n无。\n");
        Injection.NewlyFailing(original, changed).ShouldBe([ProblemsPresentCheck.Rule]);
    }

    [Fact]
    public void A_changed_carried_forward_of_last_year_breaks_only_the_carry_over()
    {
        var before = corpus.Report("039_");
        var report = corpus.Report("040_");
        var changedBefore = Injection.Changed(before, "四、结转下年度继续办理1000001", "四、结转下年度继续办理2000002");
        Injection.NewlyFailing(report, report, before, changedBefore).ShouldBe([CarryOverCheck.Rule]);
    }

    [Fact]
    public void A_changed_in_force_count_breaks_only_the_continuity_rule()
    {
        var before = corpus.Report("037_");
        var original = corpus.Report("038_");
        var changed = Injection.Changed(original, "行政规范性文件          3          0       8", "行政规范性文件          3          0       9");
        Injection.NewlyFailing(original, changed, before).ShouldBe([InForceContinuityCheck.Rule]);
    }

    [Fact]
    public void A_blank_cell_in_a_table_that_writes_zero_leaves_the_row_unread_and_the_row_rule_uncertain()
    {
        // the parser does not guess which cell a short row lost (赣县 PDF), so an injected blank makes the row unreadable
        var original = corpus.Report("000_");
        var changed = Injection.Changed(original, "1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0", "1.属于国家秘密\t\t0\t0\t0\t0\t0\t0");
        Injection.NewlyFailing(original, changed).ShouldBeEmpty();
        var rows = ReportChecker.All().Run(changed).Single(r => r.Rule == RequiredRowsCheck.Rule && r.Subject == "表三");
        rows.Status.ShouldBe(CheckStatus.Uncertain);
        rows.Evidence.ShouldContain("result.3.1");
    }
}
