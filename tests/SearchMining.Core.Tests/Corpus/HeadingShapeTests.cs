using SearchMining.Core.Domain;
using SearchMining.Core.Parsing;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>Section headings in the shapes of pages never tuned on: spaced words, cut pages, contents lines, unknown wordings.</summary>
public class HeadingShapeTests
{
    [Fact]
    public void Spaces_inside_a_heading_word_do_not_hide_it()
    {
        // 一、概 述 (a PDF-spaced heading on its own line)
        var source = DevCorpus.Text("pages/p084_qingzhen_shizhengfu_2013.txt");
        var view = SpacedWordsView.Of(source);
        var at = view.Text.IndexOf("一、概述", StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0);
        source[view.SourceOffset(at)..view.SourceOffset(at + 4)].ShouldBe("一、概 述");

        var report = DevCorpus.Report("pages/p084_qingzhen_shizhengfu_2013.txt");
        report.Sections.Select(s => (s.Number, s.Topic)).ShouldBe([("一", SectionTopic.Overview)]);
        report.Sections[0].Text.ShouldNotContain("概 述");
        report.Sections[0].Text.ShouldStartWith("一年来");
    }

    [Fact]
    public void A_space_after_a_numeral_that_opens_a_line_stays()
    {
        // 一 概述 is a heading, 一概述 is not
        var view = SpacedWordsView.Of("前言\n一 概述\n本年度");
        view.Text.ShouldBe("前言\n一 概述\n本年度");
        SpacedWordsView.Of("主动 公开\n").Text.ShouldBe("主动公开\n");
    }

    [Fact]
    public void A_heading_cut_by_the_end_of_a_stored_page_is_read_by_the_words_left()
    {
        // the store keeps the first ~1,500 characters: …提高了单位工作的透明度和知晓率。\n二、主动公开政府信
        var report = DevCorpus.Report("pages/p055_guangyuan_zhongdianban_2016.txt");
        report.Sections.Select(s => (s.Number, s.Topic)).ShouldBe([("一", SectionTopic.Overview), ("二", SectionTopic.Proactive)]);
        report.Sections[0].Text.ShouldNotContain("主动公开政府信");
    }

    [Fact]
    public void A_contents_line_is_not_a_run_of_sections()
    {
        // 一、概述,(一)注重重點推進,…,二、主動公開政府信息情況,…,六、主要問題和改進措施,\n一、概述\n2012年度報告根據…
        // (the stored page ends inside 一: the contents' 二…六 are not in it)
        var report = DevCorpus.Report("pages/p133_shanghai_shizhengfu_2012.txt");
        report.Sections.Select(s => (s.Number, s.Topic)).ShouldBe([("一", SectionTopic.Overview)]);
        report.Sections[0].Text.ShouldStartWith("2012年度報告");
        report.Statements.ShouldBeEmpty();
        report.Commitments.ShouldBeEmpty();
    }

    [Fact]
    public void A_heading_line_with_a_wording_of_its_own_gets_the_topic_its_words_tell()
    {
        // 一、组织管理情况 (no 组织领导) opens the report: Overview
        DevCorpus.Report("pages/p128_beijing_dongcheng_donghuamen_jiedao_2015.txt").Sections
            .Select(s => s.Topic).ShouldBe([SectionTopic.Overview, SectionTopic.Proactive, SectionTopic.Applications]);

        // 三、依申请公开政府信息:无依申请公开的政府信息。 — heading and body on one line
        var report = DevCorpus.Report("pages/p007_luojiang_hongshanxiang_2011.txt");
        report.Sections.Select(s => s.Topic).ShouldBe([
            SectionTopic.Overview, SectionTopic.Proactive, SectionTopic.Applications, SectionTopic.Other]);
        var third = report.Sections.Single(s => s.Number == "三");
        third.Title.ShouldBe("依申请公开政府信息");
        third.Text.ShouldStartWith("无依申请公开的政府信息");
    }

    [Fact]
    public void Fees_and_review_words_decide_before_the_applications_words()
    {
        // 三、依申請公開政府信息收費情況 (fees: Other), 四、申請行政復議、提起行政訴訟情況 (Traditional)
        DevCorpus.Report("pages/p127_wuxi_xishan_yunlin_jiedao_2015.txt").Sections.Select(s => s.Topic).ShouldBe([
            SectionTopic.Overview, SectionTopic.Applications, SectionTopic.Other, SectionTopic.ReviewLitigation, SectionTopic.Problems]);

        // 三、全年未收到因政府信息公开申请的行政复议和提起的行政诉讼事件。 (a heading that is a sentence, ending in 事件)
        DevCorpus.Report("github/g008_pingtan_xian_zhijianju_2011.txt").Sections.Select(s => s.Topic).ShouldBe([
            SectionTopic.Proactive, SectionTopic.ReviewLitigation, SectionTopic.Problems]);
    }

    [Fact]
    public void A_subsection_after_the_title_does_not_make_the_overview_the_proactive_section()
    {
        // 一、总体情况　（一）主动公开情况2020年，我局共公开…
        var report = DevCorpus.Report("github/g029_pingtan_haitan_pianquju_2020.txt");
        report.Sections[0].Topic.ShouldBe(SectionTopic.Overview);
        report.Sections[0].Title.ShouldBe("总体情况");
        report.Sections.Select(s => s.Topic).Distinct().Count().ShouldBe(6);
    }

    [Fact]
    public void A_numbered_introduction_is_the_preamble()
    {
        // 1、引言 … 11、附表 (its own contents) / 一、引言 / 本报告根据… / 二、概述 / …
        var report = DevCorpus.Report("pages/p061_dongkou_xianzhengfu_2016.txt");
        report.Sections.Select(s => (s.Number, s.Topic)).ShouldBe([("二", SectionTopic.Overview)]);
        report.Preamble.ShouldNotBeNull();
        report.Preamble.ShouldContain("本报告根据");
    }

    [Fact]
    public void A_cut_heading_is_read_by_its_template_title_even_when_a_heading_line_matched_it_first()
    {
        // the stored page ends with 二、主動公 (Traditional)
        DevCorpus.Report("pages/p130_anning_xianjie_jiedao_2016.txt").Sections.Select(s => s.Topic)
            .ShouldBe([SectionTopic.Overview, SectionTopic.Proactive]);
    }

    [Fact]
    public void Parts_numbered_第一部分_are_sections()
    {
        // p007's headings (一、基本情况 … 四、政府信息公开的收费及减免情况) written as parts, the way some templates number them
        var text = DevCorpus.Text("pages/p007_luojiang_hongshanxiang_2011.txt");
        foreach (var n in new[] { "一", "二", "三", "四" })
            text = text.Replace(n + "、", "第" + n + "部分 ", StringComparison.Ordinal);
        var report = new ReportParser().Parse(text, "p007-parts.txt").Report!;
        report.Sections.Select(s => (s.Number, s.Topic)).ShouldBe([
            ("一", SectionTopic.Overview), ("二", SectionTopic.Proactive), ("三", SectionTopic.Applications), ("四", SectionTopic.Other)]);
    }
}
