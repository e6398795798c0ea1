using SearchMining.Core.Domain;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

[Collection(SampleCorpusCollection.Name)]
public class OlderTemplateTests(SampleCorpus corpus)
{
    [Fact]
    public void Pre_2019_sections_line_up_by_topic()
    {
        var report = corpus.Report("013_");
        report.Sections.Select(s => (s.Number, s.Topic)).ShouldBe(
        [
            ("一", SectionTopic.Overview), ("二", SectionTopic.Proactive), ("三", SectionTopic.Applications),
            ("四", SectionTopic.Other), ("五", SectionTopic.ReviewLitigation), ("六", SectionTopic.Other), ("七", SectionTopic.Problems),
        ]);
        report.Sections[0].Title.ShouldBe("概述");
        report.Sections[6].Title.ShouldBe("存在的主要问题和改进措施");
    }

    [Fact]
    public void Fees_as_their_own_part_are_topic_other()
    {
        var report = corpus.Report("009_");
        var fees = report.Sections.Single(s => s.Title == "信息公开的收费及减免情况");
        fees.Topic.ShouldBe(SectionTopic.Other);
        report.Sections.Single(s => s.Number == "五").Topic.ShouldBe(SectionTopic.Problems);
        report.OtherMatters!.FeesYuan.ShouldBe(0);
    }

    [Fact]
    public void Problems_and_measures_as_two_parts_are_both_problems_topic()
    {
        var report = corpus.Report("022_");
        report.Sections.Select(s => s.Title).ShouldBe(["主动公开政府信息情况", "依申请公开政府信息办理情况", "存在的困难和问题", "改进措施"]);
        report.Sections.Where(s => s.Topic == SectionTopic.Problems).Select(s => s.Number).ShouldBe(["三", "四"]);
    }
}
