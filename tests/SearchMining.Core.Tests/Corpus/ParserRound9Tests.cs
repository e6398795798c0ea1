using System.Text.RegularExpressions;
using SearchMining.Core.Domain;
using SearchMining.Core.Parsing;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>
/// Parser round 9 (issue 12): mechanisms for the classes the blind holdout 5 showed, fixed on dev (gold.jsonl, holdouts
/// 1–4); holdout 5 is the round's late check and is not read here. Each case is a real dev page, or a real dev page with
/// one form rewritten the way other pages write it (said at each rewrite); the expected values are its gold line.
/// </summary>
public class ParserRound9Tests
{
    [Fact]
    public void A_name_opening_with_a_bare_level_word_is_completed_from_the_place_the_page_writes_elsewhere()
    {
        // h345: lead 特编制市农业局…; 中山市 written in its own sites 中山市农业信息网, 中山市农业政务网 (gold: 中山市农业局)
        var text = DevCorpus.Text("holdout3/h345_zhongshan_nongyeju_2011.txt");
        var zhongshan = DevCorpus.Report("holdout3/h345_zhongshan_nongyeju_2011.txt");
        zhongshan.AgencyAsWritten.ShouldBe("市农业局");
        zhongshan.Agency.ShouldBe("中山市农业局");
        zhongshan.Region.City.ShouldBe("中山市");
        // round 11: only a place written before the body's own words completes it; 《中山市政府信息公开规定》 alone does not
        var regulationOnly = new ReportParser().Parse(text.Replace("中山市农业", "农业"), "h345-regulation-only.txt").Report!;
        regulationOnly.Agency.ShouldBe("市农业局");
        regulationOnly.Region.City.ShouldBeNull();
        // two cities written as often before the body's words: the page does not say which is its own
        var two = new ReportParser().Parse(text.Replace("“中山市农业政务网”", "“江门市农业政务网”"), "h345-two-places.txt").Report!;
        two.Agency.ShouldBe("市农业局");
        // h303: subject 县农业农村局, 青川县 only in the parent portal (青川县…门户网站): not completed, as holdout 1's h040 (the
        // same page shape), h519, h541, h619, h653, h706 and h723 (its gold line was settled so by the lead, tenth wave)
        DevCorpus.Report("holdout3/h303_qingchuan_nongyenongcunju_2023.txt").Agency.ShouldBe("县农业农村局");
    }

    [Fact]
    public void A_report_mirrored_as_Markdown_is_judged_by_the_text_under_its_markup()
    {
        // h430 rewritten as a Markdown mirror writes it: a menu of links, quoted paragraphs, headings, table rows in pipes
        var plain = DevCorpus.Text("holdout4/h430_siping_shengtaihuanjingju_2022.txt");
        var lines = Enumerable.Range(0, 10).Select(i => $"- [栏目{i}](https://www.example.gov.cn/xxgk/column{i}/index.html)").ToList();
        foreach (var line in plain.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            lines.Add(line.EndsWith('|') ? "| " + line : Regex.IsMatch(line, "^[一二三四五六七]、") ? "## " + line : "> " + line);
        var markdown = string.Join("\n", lines);
        ReportRecognizer.Recognize(markdown).IsReport.ShouldBeTrue();
        var mirrored = new ReportParser().Parse(markdown, "h430.md").Report!;
        var original = DevCorpus.Report("holdout4/h430_siping_shengtaihuanjingju_2022.txt");
        mirrored.Year.ShouldBe(2022);
        mirrored.Sections.Select(s => s.Topic).ShouldBe(original.Sections.Select(s => s.Topic));
        // a README keeps too little Chinese under its markup (NotAReportTests keeps the repository's READMEs out)
        ReportRecognizer.Recognize("# Corpus\n\n| file | agency |\n|---|---|\n| `p001_anxi.txt` | 安溪县 |\n| `p002_pingtan.txt` | 平潭县 |\n- see [SPLIT.md](SPLIT.md) for the split\n- sources in SOURCES.tsv")
            .IsReport.ShouldBeFalse();
    }

    [Fact]
    public void Other_matters_headed_with_xu_not_xuyao_is_section_six()
    {
        // g139 heads its section 六 其他需报告的事项 (需, not 需要): 六 and the signature are no measures of 五
        var report = DevCorpus.Report("github/g139_pingtan_haitan_pianquju_2025.txt");
        report.Sections.Select(s => s.Topic).ShouldContain(SectionTopic.Other);
        report.Statements.ShouldNotContain(s => s.Text.Contains("其他需报告") || s.Text.Contains("信息处理费用"));
        report.Commitments.ShouldNotContain(c => c.Text.Contains("2026年1月26日"));
    }

    [Fact]
    public void A_contents_sentence_listing_the_sections_with_semicolons_opens_no_section()
    {
        // h411's 引言: 全文内容及报表共六个部分:一、概述;二、主动公开政府信息情况;…;六、附件:…统计表。 (gold: Overview only)
        var report = DevCorpus.Report("holdout4/h411_yunnan_sifating_2017.txt");
        report.Sections.Select(s => s.Topic).ShouldBe([SectionTopic.Overview]);
        report.Commitments.ShouldBeEmpty();
    }

    [Fact]
    public void The_statistics_period_gives_the_year_when_the_page_title_carries_the_year_of_publication()
    {
        // h347: the ministry's 2020 公告 titled 应急管理部2020年…报告 publishes its 2019 report (统计期限为 2019年1月1日至2019年12月31日)
        DevCorpus.Report("holdout3/h347_yingjiguanlibu_2019.txt").Year.ShouldBe(2019);
        // the same ministry's 2020 report, whose title and period agree, keeps its title's year
        DevCorpus.Report("holdout3/h346_yingjiguanlibu_2020.txt").Year.ShouldBe(2020);
    }

    [Fact]
    public void A_lead_in_that_says_problems_exist_opens_problems_and_zhenggai_cuoshi_names_measures()
    {
        // g146: 但还存在一些问题有待改进：主要是…有待进一步提高；… — its 改进 names no measure (annotator G: problem)
        KindOf("github/g146_pingtan_lvyouwentiju_2024.txt", "主要是部分栏目").ShouldBe(StatementKind.Problem);
        // g133: 仍存在需要提升改进之处，如：政府信息公开意识有待提升… (annotator G: problem)
        KindOf("github/g133_pingtan_jiaotongjiansheju_2025.txt", "政府信息公开意识有待提升").ShouldBe(StatementKind.Problem);
        // the measures after 针对以上问题，我局将采取以下措施进行改进: stay measures
        KindOf("github/g133_pingtan_jiaotongjiansheju_2025.txt", "一是明确职责").ShouldBe(StatementKind.Measure);
        // p424 under 六、存在问题及整改措施: the problem sentence is a problem, not a rectification (annotator G)
        KindOf("pages/p424_shaanxi_gaosugonglushoufeizhongxin_2020.txt", "2020年虽然中心").ShouldBe(StatementKind.Problem);
        // 整改措施 as a heading names the measures to come; 整改情况 what was done
        StatementKindRules.ContextOfHeading("（二）整改措施").ShouldBe(StatementKind.Measure);
        StatementKindRules.ContextOfHeading("六、存在问题及整改措施").ShouldBeNull();
        StatementKindRules.ContextOfHeading("（二）整改情况").ShouldBe(StatementKind.Rectification);
    }

    // After the late check (tuned on holdout 5, released to dev: these cases were read from its audit lines)

    [Fact]
    public void A_place_right_after_a_sentence_word_completes_the_name_and_a_name_written_with_its_level_word_is_the_full_one()
    {
        // h548: contact 区商务局, lead 特编制昌江区商务局公开年度报告 — 编制 glued before the place is a word boundary
        DevCorpus.Report("holdout5/h548_changjiang_shangwuju_2019.txt").Agency.ShouldBe("昌江区商务局");
        // h553: title 安丘住房和城乡建设局, text 《安丘市住房和城乡建设局政府信息公开指南》: the county-level city in full
        var anqiu = DevCorpus.Report("holdout5/h553_anqiu_zhujianju_2011.txt");
        anqiu.AgencyAsWritten.ShouldBe("安丘住房和城乡建设局");
        anqiu.Agency.ShouldBe("安丘市住房和城乡建设局");
        anqiu.Region.County.ShouldBe("安丘市");
    }

    [Fact]
    public void A_lead_with_bian_zhi_de_and_a_contact_section_of_a_street_name_the_agency()
    {
        // h520 (Traditional): 要求編制的甌海發展和改革局2018年度…報告 — read in Simplified, written as the page writes it
        var ouhai = DevCorpus.Report("holdout5/h520_ouhai_fagaiju_2018.txt");
        ouhai.AgencyAsWritten.ShouldBe("甌海發展和改革局");
        SearchMining.Core.Normalization.ChineseCharacterFold.Fold(ouhai.Agency!).ShouldBe("瓯海发展和改革局"); // stored as written, compared folded
        // h514: 请联系昌邑区文庙街道党政综合科 in a text that says 我街道: the street, not its section
        DevCorpus.Report("holdout5/h514_changyi_wenmiao_jiedao_2011.txt").Agency.ShouldBe("昌邑区文庙街道");
    }

    private static StatementKind KindOf(string file, string opening) =>
        DevCorpus.Report(file).Statements.Single(s => s.Text.StartsWith(opening, StringComparison.Ordinal)).Kind;
}
