using SearchMining.Core.Domain;
using SearchMining.Core.Parsing;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>Lists of problems and measures as the reports join them, and what counts as a commitment.</summary>
public class StatementListTests
{
    [Fact]
    public void Problems_joined_by_semicolons_in_one_paragraph_are_one_statement_each()
    {
        // …主要体现在：一是…；二是…；三是…。2020年，我们将采取以下措施加以改进：（一）…（二）…（三）…
        var report = DevCorpus.Report("github/g005_pingtan_shiyanqu_2019.txt");
        report.Statements.Where(s => s.Kind == StatementKind.Problem && s.Marker.EndsWith('是')).Select(s => s.Marker).ShouldBe(["一是", "二是", "三是"]);
        report.Commitments.Count.ShouldBe(3);
    }

    [Fact]
    public void A_source_that_writes_the_same_number_twice_still_gets_each_item()
    {
        // 一是…二是…三是加强培训指导…三是进一步规范政府信息公开行为…
        var commitments = DevCorpus.Report("github/g094_pingtan_caizhengjinrongju_2019.txt").Commitments;
        commitments.Count.ShouldBe(4);
        commitments[^1].Text.ShouldStartWith("三是进一步规范政府信息公开行为");
    }

    [Fact]
    public void A_general_sentence_introducing_the_measures_is_no_commitment_of_its_own()
    {
        // 下一步，我局将严格按照要求全力做好政府信息公开工作。一是加强业务培训…二是…
        var report = DevCorpus.Report("github/g030_pingtan_haitan_pianquju_2023.txt");
        report.Commitments.Select(c => c.Text[..2]).ShouldBe(["一是", "二是"]);
        // （二）下一步改进措施针对上述问题，在今后的工作中，我局将…。1.… 2.… 3.… 4.…
        var runOn = DevCorpus.Report("github/g110_pingtan_xingzhengshenpiju_2017.txt");
        runOn.Commitments.Select(c => c.Text[..2]).ShouldBe(["1.", "2.", "3.", "4."]);
        runOn.Statements.Count(s => s.Kind == StatementKind.Problem).ShouldBe(3);
    }

    [Fact]
    public void A_heading_run_on_after_a_space_sets_the_kind_of_what_follows()
    {
        // （二）改进措施 针对信息公开工作中出现的问题，2010年我局将着重在以下几方面进行改进：1、… 2、…
        var report = DevCorpus.Report("github/g006_pingtan_xian_zhijianju_2009.txt");
        report.Statements.ShouldNotContain(s => s.Text.Contains("改进措施 针对"));
        report.Commitments.Select(c => c.Text[..2]).ShouldBe(["1、", "2、"]);
    }

    [Fact]
    public void A_problem_that_needs_improving_in_future_work_is_a_problem()
    {
        // 虽然…但与公众的需求还存在差距，…都还需要在今后工作中改进。
        var report = DevCorpus.Report("github/g008_pingtan_xian_zhijianju_2011.txt");
        report.Statements[0].Kind.ShouldBe(StatementKind.Problem);
        report.Commitments.Count.ShouldBe(4);
    }

    [Theory]
    // the headings and lead-ins as reports write them (issue 12): a plan for rectification is a measure, what was done a rectification
    [InlineData("下一步整改措施", StatementKind.Measure)]
    [InlineData("（三）整改情况", StatementKind.Rectification)]
    [InlineData("存在问题整改情况", StatementKind.Rectification)]
    public void The_kind_of_a_heading_follows_whether_it_looks_ahead_or_back(string heading, StatementKind kind)
    {
        StatementKindRules.ContextOfHeading(heading).ShouldBe(kind);
    }

    [Theory]
    [InlineData("针对上述问题，我局及时进行了改进：", StatementKind.Rectification)]
    [InlineData("针对上述问题，我们将采取以下举措：", StatementKind.Measure)]
    [InlineData("下一步整改措施：", StatementKind.Measure)]
    public void The_kind_of_a_lead_in_follows_whether_it_looks_ahead_or_back(string leadIn, StatementKind kind)
    {
        StatementKindRules.ContextOfLeadIn(leadIn).ShouldBe(kind);
    }
}
