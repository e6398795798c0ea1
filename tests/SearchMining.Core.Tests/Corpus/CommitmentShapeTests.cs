using SearchMining.Core.Domain;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>How measures are written in section 五 of pages never tuned on: titles over sub-items, intros, paragraphs.</summary>
public class CommitmentShapeTests
{
    [Fact]
    public void A_lead_in_ending_in_a_full_stop_and_an_item_title_over_一是_clauses_are_no_commitments()
    {
        // 今后将从以下几个方面加以改进提升。 （一） 提高对政府信息公开的认识 一是…；二是…。 （二） 丰富… （三） 持续…
        var report = DevCorpus.Report("github/g065_pingtan_jiaotongjiansheju_2018.txt");
        report.Commitments.Select(c => c.Text[..2]).ShouldBe(["一是", "二是", "（二", "（三"]);
        report.Statements.ShouldNotContain(s => s.Text.Contains("以下几个方面"));
    }

    [Fact]
    public void An_item_that_is_only_a_title_over_numbered_sub_items_counts_through_its_sub_items()
    {
        // （一）…。 （二）…。 （三）进一步规范政府信息公开行为 1、加强…。 2、规范…。 3、积极配合…。 4、建立健全…。
        var report = DevCorpus.Report("github/g052_pingtan_shehuishiyeju_2015.txt");
        report.Commitments.Count.ShouldBe(6);
        report.Commitments.Skip(2).Select(c => c.Text[..2]).ShouldBe(["1、", "2、", "3、", "4、"]);
        report.Commitments.ShouldNotContain(c => c.Text.StartsWith("（三）"));
    }

    [Fact]
    public void A_short_intro_before_a_list_that_starts_again_at_一是_is_cut_from_the_last_problem()
    {
        // …三是政府信息公开制度机制保障仍需完善。 2021年，我单位将进一步加强和改进政府信息公开工作。一是完善信息公开制度。…
        var report = DevCorpus.Report("github/g115_pingtan_lvyouwentiju_2020.txt");
        report.Statements.ShouldContain(s => s.Kind == StatementKind.Problem && s.Text == "三是政府信息公开制度机制保障仍需完善。");
        report.Commitments.Select(c => c.Text[..2]).ShouldBe(["一是", "二是", "三是"]);
        report.Statements.ShouldNotContain(s => s.Text.Contains("2021年，我单位将"));
    }

    [Fact]
    public void A_general_sentence_opening_with_下阶段_introduces_the_list()
    {
        // 2、具体解决办法和改进措施。下阶段，我局将加大力度，…，全面提高信息公开工作质量和服务水平。一是…二是…三是…
        var report = DevCorpus.Report("github/g102_pingtan_xian_kejiwentiju_2012.txt");
        report.Commitments.Select(c => c.Text[..2]).ShouldBe(["一是", "二是", "三是"]);
    }

    [Fact]
    public void Unnumbered_paragraphs_that_open_with_a_title_sentence_are_one_item_each()
    {
        // 加强与各医疗卫生单位、局各科室的沟通交流。加强人员配备，…服务。 加强主动公开工作。从内部管理流程入手，…。优化业务、…工作。
        var report = DevCorpus.Report("github/g038_pingtan_xian_weishengju_2012.txt");
        report.Commitments.Count.ShouldBe(2);
        report.Commitments[1].Text.ShouldStartWith("加强主动公开工作。从内部管理流程入手");
        report.Commitments[1].Text.ShouldEndWith("融入日常业务工作。");
        // the problems before them stay one per 一是/二是/三是 clause
        report.Statements.Count(s => s.Kind == StatementKind.Problem).ShouldBe(3);
    }

    [Fact]
    public void Numbered_items_after_a_heading_and_a_space_keep_their_bodies()
    {
        // （二）改进措施 1.进一步拓展政府信息公开的内容。按照…。2.进一步加强学习培训。开展…。3.健全…
        var report = DevCorpus.Report("github/g050_pingtan_jingjifazhanju_2017.txt");
        report.Commitments.Select(c => c.Text[..2]).ShouldBe(["1.", "2.", "3."]);
        report.Commitments[0].Text.ShouldContain("按照");
    }
}
