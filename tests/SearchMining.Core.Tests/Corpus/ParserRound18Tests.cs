using SearchMining.Core.Domain;
using SearchMining.Core.Normalization;
using SearchMining.Core.Parsing;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>
/// Parser round 18 (issue 12): the dev errors round 17 left (docs/PARSING.md "Round 18"). Each case is a real dev page
/// (holdouts 13, 10, 9 and 5, released to dev after their one scoring: figures on them are tuned); the expected values are
/// the pages' gold lines.
/// </summary>
public class ParserRound18Tests
{
    [Fact]
    public void A_title_naming_a_federation_is_the_agency_not_the_portal_publishing_it()
    {
        // h1301: • 发布机构:清水县人民政府 (the site) above the title 清水县残疾人联合会2017年政府信息公开工作年度报告
        var text = DevCorpus.Text("holdout13/h1301_qingshui_canlian_2017.txt");
        ReportParser.AgencyReadings(text)[0].ShouldBe(("Title", "清水县残疾人联合会"));
        var h1301 = DevCorpus.Report("holdout13/h1301_qingshui_canlian_2017.txt");
        h1301.Agency.ShouldBe("清水县残疾人联合会");
        h1301.Level.ShouldBe(AdministrativeLevel.Department);
        h1301.Region.ShouldBe(new RegionInfo(null, null, "清水县"));
    }

    [Fact]
    public void A_federation_titled_in_the_first_line_is_read_by_the_title_and_the_lead()
    {
        // h939: 莲湖区残疾人联合会2020年… and 现公布莲湖区残疾人联合会2020年…报告 (before: the contact sentence only)
        var readings = ReportParser.AgencyReadings(DevCorpus.Text("holdout9/h939_lianhu_canlian_2020.txt"));
        readings.ShouldContain(("Title", "莲湖区残疾人联合会"));
        readings.ShouldContain(("Lead", "莲湖区残疾人联合会"));
    }

    [Fact]
    public void A_contact_office_after_ke_lianxi_is_the_contact_reading()
    {
        // h1331 (no title): 如对本报告有疑问,可联系硚口区卫健局办公室(地址:…) comes before the subject of 一 (硚口区卫生健康局)
        var text = DevCorpus.Text("holdout13/h1331_qiaokou_weijianju_2025.txt");
        ReportParser.AgencyReadings(text).ShouldContain(("Contact", "硚口区卫健局"));
        var h1331 = DevCorpus.Report("holdout13/h1331_qiaokou_weijianju_2025.txt");
        h1331.Agency.ShouldBe("硚口区卫健局");
        h1331.AgencyAsWritten.ShouldBe("硚口区卫健局");
    }

    [Fact]
    public void A_contact_office_in_short_form_does_not_outweigh_the_title()
    {
        // h1009: the contact's 南安市科技局 is read now, the title's full name stays the agency
        DevCorpus.Report("holdout10/h1009_nanan_kejiju_2014.txt").Agency.ShouldBe("南安市科学技术局");
    }

    [Fact]
    public void A_report_opening_with_its_first_heading_names_its_year_in_that_part()
    {
        // h1340: 一、概述 / …编制了《舒兰市气象局2015年政府信息公开工作年度报告》, while its parts count 2014 (2014年,我局…)
        DevCorpus.Report("holdout13/h1340_shulan_qixiangju_2015.txt").Year.ShouldBe(2015);
        // h1307 opens with 一、总体情况 too but names no report of its own: the year written (2022年度我镇…) stays
        DevCorpus.Report("holdout13/h1307_anju_hengshanzhen_2022.txt").Year.ShouldBe(2022);
    }

    [Fact]
    public void A_year_the_report_measures_against_is_not_the_year_reported_on()
    {
        // h540 (no title, no period): 在2011年工作的基础上 and 在2011年的基础上 twice, 2012年以来 once
        DevCorpus.Report("holdout5/h540_yueyang_danganju_2012.txt").Year.ShouldBe(2012);
    }

    [Theory]
    [InlineData("holdout13/h1305_rongcheng_chengguanju_2010.txt", null, "荣成市")]
    [InlineData("holdout11/h1103_hengyang_chengguanju_2017.txt", "衡阳市", null)]
    [InlineData("holdout6/h606_dushanzi_chengguanju_2019.txt", null, "独山子区")]
    [InlineData("holdout9/h930_sucheng_chengguanju_2021.txt", null, "宿城区")]
    public void Urban_management_is_no_county_named_cheng(string file, string? city, string? county)
    {
        // 榮成市城市管理行政執法局 (Traditional: 榮成市 a county-level city), 衡阳市城市管理…: 城市 is the bureau's word, not a place
        var report = DevCorpus.Report(file);
        var region = report.Region!;
        (region.City is null ? null : ChineseCharacterFold.Fold(region.City)).ShouldBe(city);
        (region.County is null ? null : ChineseCharacterFold.Fold(region.County)).ShouldBe(county);
    }

    [Fact]
    public void An_autonomous_county_with_a_long_name_is_the_county()
    {
        // h1317: 现公布连山壮族瑶族自治县文化广电旅游体育局2025年… — eight characters before 县
        DevCorpus.Report("holdout13/h1317_lianshan_wenguanglvtiju_2025.txt").Region.ShouldBe(new RegionInfo(null, null, "连山壮族瑶族自治县"));
    }

    [Theory]
    [InlineData("holdout2/h223_taishan_shizhengfu_bangongshi_2014.txt", "2015-03-27")]
    [InlineData("holdout3/h341_xicheng_desheng_jiedao_2009.txt", "2010-03-30")]
    [InlineData("holdout8/h837_longtan_longhua_jiedao_2010.txt", "2010-12-20")]
    [InlineData("holdout8/h838_longtan_yushu_jiedao_2010.txt", "2011-04-02")]
    [InlineData("holdout10/h1024_donghe_quzhengfu_2014.txt", "2015-03-23")]
    [InlineData("holdout13/h1319_hengyang_renshiju_2025.txt", "2026-01-13")]
    public void A_cover_date_in_brackets_is_the_publish_date(string file, string date)
    {
        // (2015年3月27日) alone on a top line, or after the title: …年度报告(二〇一〇年十二月二十日) (gold-3 rule 6)
        DevCorpus.Report(file).PublishDate.ShouldBe(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("holdout2/h208_yongchun_jiaotongyunshuju_2018.txt", "2019-01-14")]
    [InlineData("holdout6/h651_yongchun_shiguzhen_2018.txt", "2019-01-07")]
    [InlineData("holdout6/h652_yongchun_shiguzhen_2017.txt", "2018-01-15")]
    [InlineData("holdout8/h829_yongchun_shenjiju_2014.txt", "2015-01-07")]
    public void The_header_time_comes_before_a_document_systems_generation_date(string file, string date)
    {
        // • 公文生成日期:2019-01-03 in the metadata block, then the title, then 时间:2019-01-14 08:41: the header's date
        DevCorpus.Report(file).PublishDate.ShouldBe(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("holdout6/h654_qingpu_minfangban_2016.txt", "2017-01-19")]
    [InlineData("holdout12/h1203_qingpu_anjianju_2013.txt", "2014-01-29")]
    [InlineData("holdout3/h346_yingjiguanlibu_2020.txt", "2021-01-26")]
    [InlineData("holdout4/h413_fujian_sifating_2025.txt", "2026-01-30")]
    [InlineData("holdout4/h416_waijiaobu_2013.txt", "2014-03-25")]
    [InlineData("holdout10/h1050_guotuziyuanbu_2012.txt", "2013-03-29")]
    [InlineData("holdout6/h627_kaiyuan_linyejucaoyuanju_2020.txt", "2021-01-29")]
    public void A_header_date_without_its_usual_label_is_the_publish_date(string file, string date)
    {
        // 青浦区民防办公室 / 2017.01.19 (an issuer line, then its date); 中央政府门户网站 www.gov.cn 2014-03-25 10:21 来源:…;
        // • 发布日期 / 2021-01-29 (the label alone on its line)
        DevCorpus.Report(file).PublishDate.ShouldBe(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_listing_lines_date_comes_before_an_issuer_and_date_under_it()
    {
        // h239: 2017年上海市统计局…报告 上海市统计局 2018-02-24 / 上海市统计局 / 2018年1月20日 — the page's date
        DevCorpus.Report("holdout2/h239_shanghai_tongjiju_2017.txt").PublishDate.ShouldBe(new DateOnly(2018, 2, 24));
    }

    [Fact]
    public void An_abbreviation_note_written_yishang_is_no_part_of_the_written_name()
    {
        // h1201: 由云南省人民防空办公室(以上简称省人防办)编制 — 以上简称, a typo of 以下简称
        var h1201 = DevCorpus.Report("holdout12/h1201_yunnan_renfangban_2018.txt");
        h1201.AgencyAsWritten.ShouldBe("云南省人民防空办公室");
        h1201.Agency.ShouldBe("云南省人民防空办公室");
    }
}
