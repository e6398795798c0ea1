using SearchMining.Core.Domain;
using SearchMining.Core.Normalization;
using SearchMining.Core.Parsing.Metadata;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>
/// Parser round 24 (issue 12): the error classes left on dev (docs/PARSING.md "Round 24"). Each case is a real dev page
/// (holdouts 1–17 are released); the expected values are the pages' gold lines.
/// </summary>
public class ParserRound24Tests
{
    [Fact]
    public void A_sites_name_glued_before_a_name_inside_a_sentence_is_no_part_of_it()
    {
        // h1706: 可在揭陽市政府信息公開目錄系統網站揭陽市科學技術局政府信息公開年度報告欄目下載 — before, 目錄系統網站揭陽市科學技術局
        var report = DevCorpus.Report("holdout17/h1706_jieyang_kejiju_2016.txt");
        report.AgencyAsWritten.ShouldBe("揭陽市科學技術局");
        ChineseCharacterFold.Fold(report.Region.City!).ShouldBe("揭阳市");
    }

    [Fact]
    public void A_portals_column_line_keeps_its_department()
    {
        // h906: 宝鸡市人民政府门户网站 部门 宝鸡市体育局2022年… — the column word 部门 after 网站 is no place: the name stays whole
        var report = DevCorpus.Report("holdout9/h906_baoji_tiyuju_2022.txt");
        report.Agency.ShouldBe("宝鸡市体育局");
        report.Region.City.ShouldBe("宝鸡市");
    }

    [Fact]
    public void A_text_that_names_its_body_only_as_this_bureau_gives_no_agency()
    {
        // h1711: 现将一年来政府信息公开工作情况报告如下 (before, 来政府) and 2015年,根据财政厅的总体要求…,本局深入贯彻 (财政厅, the
        // object of 根据, not the subject): the text names its body only as 本局 — the gold's null
        var report = DevCorpus.Report("holdout17/h1711_daan_caizhengju_2015.txt");
        report.Agency.ShouldBeNull();
        report.AgencyAsWritten.ShouldBeNull();
    }

    [Fact]
    public void A_fees_part_that_states_the_service_is_free_reads_no_fee()
    {
        // h1706 (Traditional): 四、公開政府信息的收費及減免情況 / 2016年,我局所有的公開政府信息,一律實行免費服務。 — before, no fee read
        var matters = DevCorpus.Report("holdout17/h1706_jieyang_kejiju_2016.txt").OtherMatters!;
        matters.FeesYuan.ShouldBe(0m);
        matters.FeesText.ShouldBe("2016年,我局所有的公開政府信息,一律實行免費服務。");
    }

    [Fact]
    public void A_betting_brand_a_mirror_put_in_place_of_the_city_is_no_part_of_the_name()
    {
        // h306: 发文机关: 英国威廉希尔公司市统计局 (the city's name 福州 replaced by the brand everywhere) — before, the brand was the
        // name; the gold keeps the bare 市统计局 the text is left with
        var report = DevCorpus.Report("holdout3/h306_fuzhou_tongjiju_2011.txt");
        report.AgencyAsWritten.ShouldBe("市统计局");
        report.Agency.ShouldBe("市统计局");
    }

    [Fact]
    public void A_work_task_heading_that_opens_with_a_document_number_is_a_section()
    {
        // h1613: 二、哈政办综[2015]25号文件与《澳门金沙集团》推进落实情况 (30 characters; the number and the cited title are one unit
        // each) — before, no heading: the gold's Other part was read into the Proactive part
        var sections = DevCorpus.Report("holdout16/h1613_haerbin_wenguangxinju_2015.txt").Sections;
        sections.Select(s => s.Topic).ShouldBe([SectionTopic.Proactive, SectionTopic.Other]);
        sections[1].Title.ShouldBe("哈政办综[2015]25号文件与《澳门金沙集团》推进落实情况");
    }

    [Fact]
    public void A_promise_after_the_last_problem_clause_is_a_measure_of_its_own()
    {
        // h1503: 二是…知晓率不高。为了进一步做好我局信息公开工作，我局在今后的政府信息公开工作中，不断加大工作力度… — before, the
        // promise was read into the problem clause and the report had no measure (gold: commitmentCount 1)
        var report = DevCorpus.Report("holdout15/h1503_pingtan_xian_xinfangju_2011.txt");
        report.Commitments.Count.ShouldBe(1);
        report.Commitments[0].Text.ShouldStartWith("为了进一步做好我局信息公开工作");
        report.Statements.ShouldContain(s => s.Kind == StatementKind.Problem && s.Text.EndsWith("知晓率不高。", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rectification_after_the_last_problem_clause_stays_with_it()
    {
        // g095: 四是…泄露问题。对此，我局…立即着手整改…。加强对政府信息公开内容的保密审查… — a measure verb alone is no promise
        var last = DevCorpus.Report("github/g095_pingtan_shehuishiyeju_2019.txt").Statements[^1];
        last.Text.ShouldStartWith("四是保密性审查不够严格");
        last.Text.ShouldEndWith("避免泄密现象再发生。");
    }

    [Fact]
    public void A_metadata_lists_date_under_its_label_is_read_bulleted_or_under_a_bare_date_label()
    {
        // h812: • 发布日期 / • 2014-02-06; h813: 日期 / 2024-01-31 — before, no publish date
        DevCorpus.Report("holdout8/h812_baoshan_jiaotongyunshuju_2013.txt").PublishDate.ShouldBe(new DateOnly(2014, 2, 6));
        DevCorpus.Report("holdout8/h813_longyang_yangliuxiang_2023.txt").PublishDate.ShouldBe(new DateOnly(2024, 1, 31));
    }

    [Theory]
    [InlineData("来政府", false)]
    [InlineData("一年来政府", false)]
    [InlineData("一年来人民政府", false)]
    [InlineData("贛縣大埠鄉人民政府", true)]
    [InlineData("南昌市政府", true)]
    [InlineData("西藏自治區人民政府", true)]
    public void A_government_is_named_by_its_place(string name, bool plausible) =>
        AgencyName.IsPlausible(name).ShouldBe(plausible);
}
