using SearchMining.Core.Checks;
using SearchMining.Core.Checks.Years;
using SearchMining.Core.Comparison;
using SearchMining.Core.Domain;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Checks;

/// <summary>The multi-year series of the samples (平潭综合实验区 2020–2022, 洪泽区 2023–2024) checked across years.</summary>
[Collection(SampleCorpusCollection.Name)]
public class YearSeriesTests(SampleCorpus corpus)
{
    private AgencyNameHistory History() => new(corpus.Outcomes.Values.Where(o => o.Succeeded).Select(o => o.Report!));

    [Theory]
    [InlineData("038_", "037_")]
    [InlineData("039_", "045_")]
    [InlineData("040_", "039_")]
    public void The_history_finds_the_same_agencys_report_of_the_year_before(string report, string previous) =>
        History().Previous(corpus.Report(report))!.Id.ShouldBe(corpus.Report(previous).Id);

    [Fact]
    public void A_first_report_and_a_report_without_agency_have_no_previous()
    {
        History().Previous(corpus.Report("045_")).ShouldBeNull();
        History().Previous(corpus.Report("037_")).ShouldBeNull();
        History().Previous(corpus.Report("015_")).ShouldBeNull();
    }

    [Theory]
    [InlineData("038_")]
    [InlineData("039_")]
    [InlineData("040_")]
    public void Each_later_year_of_a_series_passes_every_cross_year_rule_it_can_assess(string prefix)
    {
        var checks = ReportChecker.All().Run(corpus.Report(prefix), History());
        checks.PreviousReportId.ShouldNotBeNull();
        var crossYear = checks.Results.Where(r => CheckRules.Find(r.Rule)!.NeedsPrevious).ToList();
        crossYear.ShouldNotContain(r => r.Status == CheckStatus.Fail);
        crossYear.Where(r => r.Rule == CarryOverCheck.Rule).ShouldAllBe(r => r.Status == CheckStatus.Pass);
        crossYear.Single(r => r.Rule == ProblemsReuseCheck.Rule).Status.ShouldNotBe(CheckStatus.NotAssessable);
    }

    [Fact]
    public void In_force_documents_continue_from_last_year()
    {
        // 洪泽区: 2023 现行有效 行政规范性文件 5; 2024 制发 3, 废止 0, 现行有效 8
        var result = new InForceContinuityCheck().Check(corpus.Report("038_"), corpus.Report("037_")).Single(r => r.Subject == "行政规范性文件");
        result.Status.ShouldBe(CheckStatus.Pass);
        result.Items.Select(i => (i.Year, i.Value)).ShouldBe([(2023, 5m), (null, 3m), (null, 0m), (null, 8m)]);
    }

    [Fact]
    public void Fewer_documents_in_force_than_carried_and_issued_is_uncertain_not_failed()
    {
        // a 规范性文件 may lapse at the end of its validity period without being repealed
        var changed = Injection.Changed(corpus.Report("038_"), "行政规范性文件          3          0       8", "行政规范性文件          3          0       7");
        new InForceContinuityCheck().Check(changed, corpus.Report("037_")).Single(r => r.Subject == "行政规范性文件").Status.ShouldBe(CheckStatus.Uncertain);
    }

    [Fact]
    public void The_2019_template_has_no_in_force_column_to_continue()
    {
        // 平潭 2020 writes the 2019 template (本年新制作数量 …), 2021 the 2021 one
        new InForceContinuityCheck().Check(corpus.Report("039_"), corpus.Report("045_")).Single().Status.ShouldBe(CheckStatus.NotAssessable);
    }

    [Fact]
    public void Reuse_of_section_five_is_measured_with_the_repeated_sentences_side_by_side()
    {
        // 洪泽区 2024 repeats the 2023 measures 一是扎实推进依申请公开工作… and 三是…跟班学习制度 word for word
        var reuse = new ProblemsReuseCheck().Check(corpus.Report("038_"), corpus.Report("037_")).Single();
        reuse.Score!.Value.ShouldBeInRange(CheckOptions.Default.ReusePassBelow, CheckOptions.Default.ReuseFailAt);
        reuse.Status.ShouldBe(CheckStatus.Uncertain);
        var repeated = reuse.Items.Where(i => i.ReportId is null).Select(i => i.Text).ToList();
        repeated.ShouldContain(t => t.Contains("跟班学习制度"));
        var earlier = reuse.Items.Where(i => i.ReportId == corpus.Report("037_").Id).ToList();
        earlier.Count.ShouldBe(repeated.Count);
        earlier.ShouldAllBe(i => i.Year == 2023 && i.SourceStart >= 0);
    }

    [Fact]
    public void A_section_five_against_itself_is_fully_reused_and_against_another_agency_hardly()
    {
        var meter = new SentenceReuse();
        var hongze = Injection.Section(corpus.Report("038_"), SectionTopic.Problems).Text;
        meter.Measure(hongze, hongze).Rate.ShouldBe(1);
        meter.Measure(hongze, Injection.Section(corpus.Report("003_"), SectionTopic.Problems).Text).Rate!.Value.ShouldBeLessThan(0.1);
    }

    [Fact]
    public void Reports_two_years_apart_compare_section_five_but_not_the_tables()
    {
        var results = ReportChecker.All().Run(corpus.Report("040_"), corpus.Report("045_"));
        results.Single(r => r.Rule == CarryOverCheck.Rule).Status.ShouldBe(CheckStatus.NotAssessable);
        results.Single(r => r.Rule == InForceContinuityCheck.Rule).Status.ShouldBe(CheckStatus.NotAssessable);
        results.Single(r => r.Rule == ProblemsReuseCheck.Rule).Status.ShouldNotBe(CheckStatus.NotAssessable);
    }
}
