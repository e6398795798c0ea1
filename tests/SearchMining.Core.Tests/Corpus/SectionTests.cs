using SearchMining.Core.Domain;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

[Collection(SampleCorpusCollection.Name)]
public class SectionTests(SampleCorpus corpus)
{
    private static readonly string[] OfficialTitles =
    [
        "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
        "存在的主要问题及改进情况", "其他需要报告的事项",
    ];

    private static readonly SectionTopic[] Topics =
    [
        SectionTopic.Overview, SectionTopic.Proactive, SectionTopic.Applications, SectionTopic.ReviewLitigation,
        SectionTopic.Problems, SectionTopic.Other,
    ];

    [Theory]
    [InlineData("000_")]
    [InlineData("001_49")]
    [InlineData("002_9d")]
    [InlineData("003_")]
    [InlineData("004_")]
    public void Every_seed_report_has_the_six_sections_with_their_numbers_titles_and_topics(string prefix)
    {
        var sections = corpus.Report(prefix).Sections;
        sections.Select(s => s.Number).ShouldBe(["一", "二", "三", "四", "五", "六"]);
        sections.Select(s => s.Title).ShouldBe(OfficialTitles);
        sections.Select(s => s.Topic).ShouldBe(Topics);
        sections.Select(s => s.Ordinal).ShouldBe([1, 2, 3, 4, 5, 6]);
    }

    [Fact]
    public void Subsections_keep_their_markers_and_titles()
    {
        var overview = corpus.Report("000_").Sections[0];
        overview.Subsections.Select(s => s.Marker).ShouldBe(["（一）", "（二）", "（三）", "（四）", "（五）"]);
        overview.Subsections.Select(s => s.Title).ShouldBe(["主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障"]);
        overview.Subsections[0].Text.ShouldContain("我局主动公开信息67条");

        var problems = corpus.Report("001_49").Sections[4];
        problems.Subsections.Select(s => s.Marker).ShouldBe(["1.", "2.", "3."]);
        problems.Subsections[2].Title.ShouldBe("政策解读欠佳");
    }

    [Fact]
    public void Half_width_brackets_are_markers_too()
    {
        var problems = corpus.Report("004_").Sections[4];
        problems.Subsections.Select(s => s.Marker).ShouldBe(["(一)", "(二)"]);
    }

    [Fact]
    public void Subsection_offsets_point_into_the_section_text()
    {
        foreach (var sub in corpus.Report("003_").Sections.SelectMany(s => s.Subsections.Select(sub => (s, sub))))
            sub.s.Text[sub.sub.Start..sub.sub.End].ShouldBe(sub.sub.Text);
    }

    [Fact]
    public void Section_offsets_point_back_to_the_heading_in_the_source()
    {
        var report = corpus.Report("002_huaian");
        foreach (var section in report.Sections)
            report.SourceText[section.SourceStart..].ShouldStartWith(section.Number + "、");
        var problems = report.Sections[4];
        var at = problems.Text.IndexOf("政策解读质量仍需提升", StringComparison.Ordinal);
        var source = problems.SourceOffsetOf(at);
        report.SourceText.Substring(source, 6).ShouldBe("政策解读质量");
    }

    [Fact]
    public void A_flattened_page_still_splits_into_its_six_sections()
    {
        var report = corpus.Report("039_");
        report.Sections.Select(s => s.Topic).ShouldBe(Topics);
        report.Sections[0].Text.ShouldStartWith("2021年，我区以习近平新时代中国特色社会主义思想为指导");
        report.Sections[4].Title.ShouldBe("存在的主要问题及改进情况");
        report.Sections[5].Text.ShouldBe("2021年，无收取信息处理费情况。");
    }

    [Fact]
    public void A_heading_run_into_the_table_numbers_before_it_is_still_found()
    {
        // 045: "…39573802895.90元三、收到和处理政府信息公开申请情况…"
        var report = corpus.Report("045_");
        report.Sections.Select(s => s.Number).ShouldBe(["一", "二", "三", "四", "五", "六"]);
        report.Sections[2].Topic.ShouldBe(SectionTopic.Applications);
    }

    [Fact]
    public void Table_row_labels_numbered_like_sections_are_not_sections()
    {
        // section 三 contains "三、本年度办理结果" and "四、结转下年度继续办理"
        var report = corpus.Report("000_");
        report.Sections.Count.ShouldBe(6);
        report.Sections[3].Title.ShouldBe("政府信息公开行政复议、行政诉讼情况");
    }
}
