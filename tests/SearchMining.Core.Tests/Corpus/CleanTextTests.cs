using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

[Collection(SampleCorpusCollection.Name)]
public class CleanTextTests(SampleCorpus corpus)
{
    [Fact]
    public void Word_bookmark_debris_is_removed_from_section_text()
    {
        SampleCorpus.Text("002_9d").ShouldContain("[bookmark: _GoBack]");
        var other = corpus.Report("002_9d").Sections[5];
        other.Text.ShouldNotContain("bookmark");
        other.Text.ShouldContain("\n（三）年度工作要点落实情况。一是推行政务公开与工作业务相结合");

        var problems = corpus.Report("003_").Sections[4];
        problems.Text.ShouldNotContain("OLE_LINK");
        problems.Text.ShouldStartWith("（一）2023年存在问题整改情况\n针对2023年");
    }

    [Fact]
    public void Hard_line_breaks_inside_a_sentence_are_joined()
    {
        // 000: "…积极回应社会\n\n关切，提升…" (DOCX paragraph split) and 淮安: PDF wraps every line
        corpus.Report("000_").Sections[0].Text.ShouldContain("积极回应社会关切，提升群众获取政府信息的便利度和幸福感。");
        var huaian = corpus.Report("002_huaian").Sections[0].Text;
        huaian.ShouldContain("“建设‘四最’一流营商环境高质量推进产业发展”");
        huaian.ShouldContain("认真学习宣传贯彻党的二十大和二十届二中、三中全会精神，按照党中央国务院");
    }

    [Fact]
    public void Paragraphs_and_headings_keep_their_line_breaks()
    {
        var text = corpus.Report("000_").Sections[4].Text;
        text.Split('\n').ShouldContain("（三）改进措施");
        text.Split('\n').ShouldContain("（二）2024 年存在问题");
    }

    [Fact]
    public void Angle_brackets_around_links_are_dropped()
    {
        var report = corpus.Report("000_");
        report.Preamble.ShouldNotBeNull();
        report.Preamble.ShouldContain("（http://www.zzszy.gov.cn/）");
    }

    [Fact]
    public void The_closing_signature_and_date_are_not_part_of_the_last_section()
    {
        corpus.Report("000_").Sections[5].Text.ShouldEndWith("电子邮箱：gxj3252082@zz.shandong.cn）。");
        corpus.Report("022_").Sections[^1].Text.ShouldNotContain("2015年3月15日");
    }
}
