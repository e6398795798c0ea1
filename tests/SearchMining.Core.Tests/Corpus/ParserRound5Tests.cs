using System.Text;
using System.Text.RegularExpressions;
using SearchMining.Core.Domain;
using SearchMining.Core.Parsing;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>
/// Parser round 5 (issue 12), on real dev text: a pinyin mirror is a report however dense its pinyin, and headings of
/// the 2008–2018 templates that carry a year, lost their number or use words the old table lacked are read.
/// </summary>
public partial class ParserRound5Tests
{
    /// <summary>A Traditional mirror of 广州市 2012 that writes pinyin after characters: 報(bào)告, 國(guó).</summary>
    private const string Guangzhou = "pages/p135_guangzhou_shizhengfu_2012.txt";

    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF])\(([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*)\)")]
    private static partial Regex PageAnnotation();

    [Fact]
    public void A_pinyin_mirror_page_is_parsed_with_its_year_and_sections()
    {
        var report = DevCorpus.Report(Guangzhou);
        report.Year.ShouldBe(2012);
        report.Sections.Select(s => s.Topic).ShouldContain(SectionTopic.Overview);
        report.Sections.First().Title.ShouldBe("概述");
    }

    [Fact]
    public void The_same_page_with_its_own_pinyin_written_densely_between_characters_is_still_a_report()
    {
        var text = DevCorpus.Text(Guangzhou);
        // the page's own syllables, in the order it writes them; written without brackets after every character, the
        // way other mirrors write pinyin, so that far under a quarter of the characters are Chinese
        var syllables = PageAnnotation().Matches(text).Select(m => m.Groups[1].Value).ToList();
        syllables.Count.ShouldBeGreaterThan(20);
        var plain = PageAnnotation().Replace(text, "");
        var dense = new StringBuilder();
        var next = 0;
        foreach (var c in plain)
        {
            dense.Append(c);
            if (c is >= '\u4E00' and <= '\u9FFF') dense.Append(' ').Append(syllables[next++ % syllables.Count]).Append(' ');
        }
        var variant = dense.ToString();
        ChineseShare(variant).ShouldBeLessThan(0.25); // the case the old rule rejected

        ReportRecognizer.Recognize(variant).IsReport.ShouldBeTrue();
        var outcome = new ReportParser().Parse(variant, "p135-dense.txt");
        outcome.Report.ShouldNotBeNull(outcome.Error?.ToString());
        outcome.Report.Year.ShouldBe(2012);
        outcome.Report.Sections.Select(s => s.Topic).ShouldContain(SectionTopic.Overview);
        outcome.Report.SourceText.ShouldContain(syllables[0]); // stored as written
    }

    [Fact]
    public void English_text_or_latin_glued_to_a_few_chinese_words_is_still_no_report()
    {
        var english = string.Concat(Enumerable.Repeat("This annual report on government information disclosure (政府信息公开) lists the work of the year. ", 20));
        ReportRecognizer.Recognize(english).IsReport.ShouldBeFalse();
    }

    [Theory]
    [InlineData("pages/p155_kangle_shangwanxiang_2019.txt", "一、2019年政府信息公开工作的总体情况", SectionTopic.Overview)] // a year before the title
    [InlineData("pages/p164_zhalaiteqi_haolibaozhen_2025.txt", "- 总体情况", SectionTopic.Overview)] // number lost in the crawl
    [InlineData("pages/p165_zhengzhou_jinshui_fagaitongjiju_2014.txt", "二、公开政府信息情况", SectionTopic.Proactive)] // 公开政府信息 without 主动
    [InlineData("holdout/h051_xingguo_minzhengju_2014.txt", "一、工作进展情况", SectionTopic.Overview)]
    [InlineData("pages/p110_liaoning_shengzhengfu_2015.txt", "一、落实主体责任,着力推进重点领域信息公开", SectionTopic.Proactive)]
    public void Old_template_headings_are_read_with_their_topic(string file, string headingLine, SectionTopic topic)
    {
        var text = DevCorpus.Text(file);
        var at = text.IndexOf(headingLine, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0);
        var report = DevCorpus.Report(file);
        var section = report.Sections.FirstOrDefault(s => s.Title.Length > 1 && headingLine.EndsWith(s.Title, StringComparison.Ordinal));
        section.ShouldNotBeNull($"{file}: no section for {headingLine} among {string.Join(", ", report.Sections.Select(s => s.Title))}");
        section.Topic.ShouldBe(topic);
    }

    private static double ChineseShare(string text)
    {
        var visible = text.Where(c => !char.IsWhiteSpace(c)).ToList();
        return (double)visible.Count(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF') / visible.Count;
    }
}
