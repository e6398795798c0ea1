using SearchMining.Core.Domain;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>Older templates whose section headings run on after a sentence, without a line break.</summary>
public class RunOnHeadingTests
{
    [Fact]
    public void Headings_run_into_flowing_text_are_found_with_their_topics()
    {
        // …现将我局信息公开工作报告如下：一、年度政府信息公开工作概述根据上级… 二、政府信息主动公开情况（一）…
        var report = DevCorpus.Report("github/g006_pingtan_xian_zhijianju_2009.txt");
        report.Sections.Select(s => (s.Number, s.Topic)).ShouldBe([
            ("一", SectionTopic.Overview), ("二", SectionTopic.Proactive), ("三", SectionTopic.Applications),
            ("四", SectionTopic.Other), ("五", SectionTopic.Problems),
        ]);
        report.Sections[0].Title.ShouldBe("年度政府信息公开工作概述");
        report.Sections[0].Text.ShouldStartWith("根据上级的有关规定");
    }

    [Fact]
    public void A_next_steps_section_of_an_old_template_holds_the_measures()
    {
        // 六、存在的问题1.部分信息员… 2.企业和群众… 七、下一步工作思路1.要求全体干部… 2.… 3.… 4.…
        var report = DevCorpus.Report("github/g019_pingtan_xian_gongshangju_2012.txt");
        report.Sections.Select(s => s.Topic).ShouldBe([
            SectionTopic.Overview, SectionTopic.Proactive, SectionTopic.Applications, SectionTopic.ReviewLitigation,
            SectionTopic.Other, SectionTopic.Problems, SectionTopic.Problems,
        ]);
        report.Statements.Count(s => s.Kind == StatementKind.Problem).ShouldBe(2);
        report.Commitments.Select(c => c.Text[..2]).ShouldBe(["1.", "2.", "3.", "4."]);
    }

    [Fact]
    public void A_statistics_table_heading_is_not_the_proactive_section()
    {
        // 六、政府信息公开情况统计表指标名称计量单位…
        var report = DevCorpus.Report("github/g004_pingtan_shiyanqu_2018.txt");
        report.Sections.Single(s => s.Number == "六").Topic.ShouldBe(SectionTopic.Other);
        report.Sections.Single(s => s.Number == "五").Topic.ShouldBe(SectionTopic.Problems); // 五、主要问题和改进措施
    }
}
