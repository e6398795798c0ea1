using SearchMining.Core.Checks;
using SearchMining.Core.Checks.Deadline;
using SearchMining.Core.Checks.Form;
using SearchMining.Core.Checks.Substance;
using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Checks.Text;
using SearchMining.Core.Domain;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Checks;

/// <summary>Each rule on real reports of samples/reports: what it passes, what it leaves open, and the evidence it gives.</summary>
[Collection(SampleCorpusCollection.Name)]
public class RuleTests(SampleCorpus corpus)
{
    private static IReadOnlyList<CheckResult> Run(IReportCheck check, Report report, Report? previous = null) => check.Check(report, previous).ToList();

    [Fact]
    public void Every_rule_gives_at_least_one_result_on_every_report()
    {
        foreach (var (file, outcome) in corpus.Outcomes.Where(o => o.Value.Succeeded))
        {
            var results = ReportChecker.All().Run(outcome.Report!);
            CheckRules.All.Select(r => r.Id).Except(results.Select(r => r.Rule)).ShouldBeEmpty(file);
        }
    }

    [Fact]
    public void Every_checker_rule_is_in_the_catalog_once()
    {
        var ids = ReportChecker.All().Checks.Select(c => c.GetType().GetField("Rule")!.GetValue(null) as string ?? "").ToList();
        ids.ShouldBe(CheckRules.All.Select(r => r.Id).ToList());
        CheckRules.All.Select(r => r.Id).Distinct().Count().ShouldBe(CheckRules.All.Count);
    }

    [Fact]
    public void Every_cell_and_sentence_of_the_evidence_points_at_its_text_in_the_source()
    {
        var located = 0;
        foreach (var report in corpus.Outcomes.Values.Where(o => o.Succeeded).Select(o => o.Report!))
        {
            foreach (var item in ReportChecker.All().Run(report).SelectMany(r => r.Items).Where(i => i.ReportId is null && i.SourceStart >= 0))
            {
                var written = report.SourceText[item.SourceStart..item.SourceEnd];
                if (item.Kind == EvidenceKind.Cell) written.ShouldBe(item.Text, $"{report.SourceFile} {item.Label}");
                else Strip(written).ShouldBe(Strip(item.Text), $"{report.SourceFile} {item.Label}");
                located++;
            }
        }
        located.ShouldBeGreaterThan(500);
        static string Strip(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
    }

    [Theory]
    [InlineData("000_")]
    [InlineData("002_huaian")]
    [InlineData("003_")]
    [InlineData("037_")]
    [InlineData("040_")]
    public void Every_non_blank_cell_of_a_read_table_three_has_its_offsets(string prefix)
    {
        var report = corpus.Report(prefix);
        var cells = report.Tables.Applications.Rows.SelectMany(r => r.Cells.Values).Where(c => !c.IsBlank).ToList();
        cells.ShouldNotBeEmpty();
        cells.ShouldAllBe(c => c.SourceStart >= 0 && report.SourceText.Substring(c.SourceStart, c.SourceEnd - c.SourceStart) == c.Raw);
    }

    [Fact]
    public void Received_counted_with_the_carried_over_application_is_not_an_error_and_the_applicant_split_is_checked()
    {
        // 平潭 2022: 收到政府信息公开申请75件，涉及自然人72件、商业企业3件 — table: 新收 74 (71 + 3) + 上年结转 1 (自然人)
        var results = Run(new ApplicationsTextCheck(), corpus.Report("040_"));
        var received = results.Single(r => r.Subject == "收到申请");
        received.Status.ShouldBe(CheckStatus.Pass);
        received.Evidence.ShouldContain("新收 74 + 上年结转 1");
        results.Single(r => r.Subject == "收到申请·自然人").Status.ShouldBe(CheckStatus.Pass);
        results.Single(r => r.Subject == "收到申请·商业企业").Status.ShouldBe(CheckStatus.Pass);
    }

    [Fact]
    public void Answered_and_carried_forward_numbers_of_the_text_match_table_three()
    {
        // 上海 2019: 答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复）
        var results = Run(new ApplicationsTextCheck(), corpus.Report("001_shanghai"));
        results.Single(r => r.Subject == "答复/办结申请").Status.ShouldBe(CheckStatus.Pass);
        results.Single(r => r.Subject == "结转下年度").Status.ShouldBe(CheckStatus.Pass);
        results.Single(r => r.Subject == "收到申请").Evidence.ShouldContain("= 新收 859");
    }

    [Fact]
    public void The_text_saying_the_office_received_17_applications_contradicts_the_95_of_the_table()
    {
        // 洪泽区 2024: 区政府办代表区政府受理政府信息公开申请 17 件 — table 三 新收 95 (a real contradiction, read in docs/CHECKS.md)
        var fail = Run(new ApplicationsTextCheck(), corpus.Report("038_")).Single(r => r.Status == CheckStatus.Fail);
        fail.Evidence.ShouldContain("17");
        fail.Items.Single(i => i.Kind == EvidenceKind.Cell && i.Row == "new").Value.ShouldBe(95);
    }

    [Fact]
    public void Review_and_litigation_numbers_of_the_text_match_table_four()
    {
        // 淮安 2024: 政府信息公开行政复议 351 件 … 行政诉讼 46 件 (= 26 直接起诉 + 20 复议后起诉)
        var results = Run(new ReviewLitigationTextCheck(), corpus.Report("002_huaian"));
        results.Single(r => r.Subject == "行政复议").Status.ShouldBe(CheckStatus.Pass);
        var litigation = results.Single(r => r.Subject == "行政诉讼");
        litigation.Status.ShouldBe(CheckStatus.Pass);
        litigation.Items.Count(i => i.Kind == EvidenceKind.Cell).ShouldBe(2);
    }

    [Fact]
    public void A_blank_table_four_total_leaves_the_text_rule_uncertain()
    {
        // 上海 2019: 诉讼9件; 复议后起诉 总计 is blank
        Run(new ReviewLitigationTextCheck(), corpus.Report("001_shanghai")).Single(r => r.Subject == "行政诉讼").Status.ShouldBe(CheckStatus.Uncertain);
    }

    [Fact]
    public void Fees_collected_with_unpaid_fee_notices_are_not_a_contradiction()
    {
        // 淮安 2024: 收取信息处理费 3940 元, table 三 （六）2 逾期未按收费通知要求缴纳费用 6
        var result = Run(new FeesCheck(), corpus.Report("002_huaian")).Single();
        result.Status.ShouldBe(CheckStatus.Pass);
        result.Evidence.ShouldContain("3940");
        result.Items.ShouldContain(i => i.Row == "result.6.2" && i.Value == 6);
    }

    [Fact]
    public void Table_twos_administrative_fees_are_not_taken_for_disclosure_fees()
    {
        // 淮安's table 二 has 行政事业性收费 96171.6 (万元); only the 信息处理费 sentence counts
        Run(new FeesCheck(), corpus.Report("002_huaian")).Single().Evidence.ShouldNotContain("96171");
    }

    [Fact]
    public void A_pre_2019_report_needs_its_parts_in_any_numbering_and_names_what_it_only_mentions()
    {
        Run(new SectionsCheck(), corpus.Report("009_")).Single().Status.ShouldBe(CheckStatus.Pass);
        // 三亚 2015 lists 行政复议和行政诉讼情况 in its preamble but has no such part
        var sanya = Run(new SectionsCheck(), corpus.Report("022_")).Single();
        sanya.Status.ShouldBe(CheckStatus.Uncertain);
        sanya.Evidence.ShouldContain("行政复议");
    }

    [Fact]
    public void Rows_left_out_by_the_parser_or_cut_off_the_text_are_uncertain_and_rows_the_table_lacks_fail()
    {
        // 赣县 2024: the PDF lost a cell in most rows of table 三, which the parser leaves out
        Run(new RequiredRowsCheck(), corpus.Report("001_49")).Single(r => r.Subject == "表三").Status.ShouldBe(CheckStatus.Uncertain);
        // 官洲 2023 stops in the middle of table 三
        var cut = Run(new RequiredRowsCheck(), corpus.Report("027_")).Single(r => r.Subject == "表三");
        cut.Status.ShouldBe(CheckStatus.Uncertain);
        cut.Evidence.ShouldContain("stops inside section 三");
        // a copy of 000 whose table 三 lacks the row 3.属于行政查询事项 (label and numbers gone) while the report goes on
        var original = corpus.Report("000_");
        var line = original.SourceText.Split('\n').Single(l => l.Contains("8.属于行政查询事项"));
        var lacking = Run(new RequiredRowsCheck(), Injection.Changed(original, line + "\n", "")).Single(r => r.Subject == "表三");
        lacking.Status.ShouldBe(CheckStatus.Fail);
        lacking.Evidence.ShouldContain("result.3.8");
    }

    [Fact]
    public void Parts_beyond_a_cut_of_the_text_are_uncertain_and_parts_missing_inside_it_fail()
    {
        // 齐陵 2019 is stored from section 三 on; 官洲 2023 up to table 三
        Run(new SectionsCheck(), corpus.Report("015_")).Single().Evidence.ShouldContain("starts at section 三");
        Run(new SectionsCheck(), corpus.Report("027_")).Single().Status.ShouldBe(CheckStatus.Uncertain);
        Run(new SectionsCheck(), Injection.WithoutSection(corpus.Report("000_"), SectionTopic.Proactive)).Single().Status.ShouldBe(CheckStatus.Fail);
    }

    [Fact]
    public void Blank_slash_dash_and_zero_cells_are_counted_apart()
    {
        var shanghai = Run(new TableCellsCheck(), corpus.Report("001_shanghai"));
        var three = shanghai.Single(r => r.Subject == "表三");
        three.Status.ShouldBe(CheckStatus.Fail);
        three.Evidence.ShouldContain("空白 126");
        three.Score.ShouldBe(126);
        Run(new TableCellsCheck(CheckOptions.Default with { MaxBlankCells = 126 }), corpus.Report("001_shanghai"))
            .Single(r => r.Subject == "表三").Status.ShouldBe(CheckStatus.Pass);

        var original = corpus.Report("000_");
        var marked = Injection.Changed(original, "1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0", "1.属于国家秘密\t/\t0\t0\t0\t0\t-\t0");
        var counts = Run(new TableCellsCheck(), marked).Single(r => r.Subject == "表三");
        counts.Status.ShouldBe(CheckStatus.Pass);
        counts.Evidence.ShouldContain("“/” 1");
        counts.Evidence.ShouldContain("“-” 1");
        counts.Items.Select(i => i.Column).ShouldBe([nameof(ApplicantType.NaturalPerson), nameof(ApplicantType.Other)]);
    }

    [Fact]
    public void Section_five_under_the_minimum_length_fails_and_a_longer_one_passes()
    {
        // 南薰乡 2014: 公开存在的主要问题是内容公开不够全面,下步打算将进一步扩大政府公开内容,确保信息公开的及时性、有效性。
        var short14 = Run(new ProblemsPresentCheck(), corpus.Report("013_")).Single();
        short14.Status.ShouldBe(CheckStatus.Fail);
        short14.Score!.Value.ShouldBeLessThan(CheckOptions.Default.ProblemsMinChars);
        Run(new ProblemsPresentCheck(), corpus.Report("009_")).Single().Status.ShouldBe(CheckStatus.Pass);
        Run(new ProblemsPresentCheck(), corpus.Report("027_")).Single().Status.ShouldBe(CheckStatus.NotAssessable);
    }

    [Theory]
    [InlineData("001_shanghai", CheckStatus.Pass)]   // 办公厅 (a department): 2020-01-31, the last day
    [InlineData("000_", CheckStatus.Pass)]           // 工业和信息化局 2025-01-16
    [InlineData("039_", CheckStatus.Uncertain)]      // 平潭综合实验区: level not told by the name, published 2022-02-08
    [InlineData("022_", CheckStatus.Fail)]           // 三亚 2015 report dated 2015-03-15, before its year ended
    [InlineData("003_", CheckStatus.NotAssessable)]  // no date in the text
    public void The_deadline_depends_on_the_level_and_the_date(string prefix, CheckStatus expected) =>
        Run(new DeadlineCheck(), corpus.Report(prefix)).Single().Status.ShouldBe(expected);

    [Fact]
    public void A_governments_own_report_has_until_the_end_of_march()
    {
        // 洪泽区人民政府 (County): a copy dated 2025-03-20 is on time, 2025-04-01 is late; a department would be late on both
        var report = corpus.Report("038_");
        var onTime = report with { PublishDate = new DateOnly(2025, 3, 20) };
        Run(new DeadlineCheck(), onTime).Single().Status.ShouldBe(CheckStatus.Pass);
        Run(new DeadlineCheck(), report with { PublishDate = new DateOnly(2025, 4, 1) }).Single().Status.ShouldBe(CheckStatus.Fail);
        Run(new DeadlineCheck(), onTime with { Level = AdministrativeLevel.Department }).Single().Status.ShouldBe(CheckStatus.Fail);
        var relaxed = CheckOptions.Default with { Deadlines = new DeadlineOptions { Department = new MonthDay(3, 31) } };
        Run(new DeadlineCheck(relaxed), onTime with { Level = AdministrativeLevel.Department }).Single().Status.ShouldBe(CheckStatus.Pass);
    }

    [Fact]
    public void Before_the_2019_revision_every_agency_had_until_the_end_of_march()
    {
        // 道县 2013 (a department) dated 2014-03-25: on time under the 2007 条例第三十一条
        var result = Run(new DeadlineCheck(), corpus.Report("009_")).Single();
        result.Status.ShouldBe(CheckStatus.Pass);
        result.Evidence.ShouldContain("第三十一条");
    }

    [Fact]
    public void Specificity_gives_the_phrases_that_triggered_it()
    {
        // 矿区街道 2024 names what it left undisclosed (财政收支情况、人事变动) and who it did not reach (老年群体)
        var concrete = Run(new SpecificityCheck(), corpus.Report("003_")).Single();
        concrete.Status.ShouldBe(CheckStatus.Pass);
        concrete.Items.Where(i => i.Label == "具体").Select(i => i.Text).ShouldContain("财政收支");
        // 洪泽区 2023: 仍存在一定差距 … 还有待提高 … 有待加强
        var generic = Run(new SpecificityCheck(), corpus.Report("037_")).Single();
        generic.Status.ShouldBe(CheckStatus.Fail);
        generic.Items.Where(i => i.Label == "笼统").Select(i => i.Text).ShouldContain("仍存在一定差距");
        generic.Score.ShouldBe(0);
    }

    [Fact]
    public void Waiting_for_an_applicants_correction_is_not_a_statement_that_no_application_came()
    {
        // 平潭 2022 received applications; a sentence on one of them (未收到该申请人提交的补正) must not read as 未收到申请
        var original = corpus.Report("040_");
        var changed = Injection.Changed(original, "均在法定期限内予以答复", "均在法定期限内予以答复，其中1件目前未收到该申请人提交的补正");
        Run(new ApplicationsTextCheck(), changed).ShouldNotContain(r => r.Status == CheckStatus.Fail);
    }

    [Fact]
    public void Traditional_characters_are_read_through_the_fold_and_the_evidence_stays_as_written()
    {
        // 平潭 2022 with its statement written in Traditional characters: 收到政府信息公開申請75件，涉及自然人72件、商業企業3件
        var original = corpus.Report("040_");
        var changed = Injection.Changed(original, "全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件", "全区收到政府信息公開申請75件，涉及自然人72件、商業企業3件");
        var results = Run(new ApplicationsTextCheck(), changed);
        results.Single(r => r.Subject == "收到申请").Status.ShouldBe(CheckStatus.Pass);
        results.Single(r => r.Subject == "收到申请·商业企业").Status.ShouldBe(CheckStatus.Pass);
        results.Single(r => r.Subject == "收到申请").Items[0].Text.ShouldContain("公開申請");
    }
}
