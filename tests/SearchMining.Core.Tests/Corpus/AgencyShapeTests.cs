using SearchMining.Core.Domain;
using SearchMining.Core.Normalization;
using SearchMining.Core.Parsing;
using SearchMining.Core.Parsing.Metadata;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>Agency, region and date in the page shapes of reports never tuned on (gold-3's dev batch).</summary>
public class AgencyShapeTests
{
    [Fact]
    public void A_spaced_标题_label_is_not_part_of_the_title()
    {
        // 标      题 西藏自治区水利厅2021年政府信息公开工作年度报告
        var report = DevCorpus.Report("pages/p103_xizang_shuiliting_2021.txt");
        report.AgencyAsWritten.ShouldBe("西藏自治区水利厅");
        report.Region.Province.ShouldBe("西藏自治区");
    }

    [Fact]
    public void The_reports_own_title_after_a_page_header_wins_over_the_site_title()
    {
        // 黄垓乡2014年政府信息公开年度报告 / 发布时间:2015-03-20 18:48:10 / 2014年黄垓乡人民政府信息公开工作年度报告
        DevCorpus.Report("pages/p035_jiaxiang_huanggaixiang_2014.txt").AgencyAsWritten.ShouldBe("黄垓乡人民政府");

        // 每日一报 | 辽宁2015年…年度报告 / 辽宁省人民政府办公厅 2016-04-15 / 辽宁省2015年度政府信息公开工作报告(全文)
        var report = DevCorpus.Report("pages/p110_liaoning_shengzhengfu_2015.txt");
        report.AgencyAsWritten.ShouldBe("辽宁省");
        report.Agency.ShouldBe("辽宁省人民政府"); // the issuer 辽宁省人民政府办公厅 names the government
        report.Level.ShouldBe(AdministrativeLevel.Province);
        report.PublishDate.ShouldBe(new DateOnly(2016, 4, 15)); // the issuer's date under the title
    }

    [Fact]
    public void A_date_on_a_cover_under_the_title_is_the_publish_date()
    {
        // 双牌县人民政府 / 2013年信息公开年度报告 / 2014年3月6日 / 本年报根据…
        DevCorpus.Report("pages/p138_shuangpai_xianzhengfu_2013.txt").PublishDate.ShouldBe(new DateOnly(2014, 3, 6));
    }

    [Fact]
    public void A_departments_disclosure_office_speaks_for_the_department()
    {
        AgencyName.AgencyOfOffice("闽侯县水利局政府信息公开工作领导小组办公室").ShouldBe("闽侯县水利局");
        AgencyName.AgencyOfOffice("四川省人民政府信息公开办公室").ShouldBe("四川省人民政府");
        // no title; 如对本报告有任何疑问,请与闽侯县水利局政府信息公开工作领导小组办公室联系; the text says 我局
        var report = DevCorpus.Report("pages/p021_minhou_shuiliju_2010.txt");
        report.Agency.ShouldBe("闽侯县水利局");
        report.Level.ShouldBe(AdministrativeLevel.Department);
    }

    [Fact]
    public void Agencies_named_only_as_a_subject_are_found()
    {
        // 2017年以来红石砬子镇认真贯彻落实《条例》 (no comma after 以来)
        DevCorpus.Report("pages/p122_huadian_hongshilazizhen_2017.txt").Agency.ShouldBe("红石砬子镇");

        // …有关事项的通知》要求,唐村镇政府编制2020年政府信息公开年度报告; later 请与唐村镇人民政府联系
        var report = DevCorpus.Report("pages/p149_zoucheng_tangcunzhen_2020.txt");
        report.AgencyAsWritten.ShouldBe("唐村镇政府");
        report.Agency.ShouldBe("邹城市唐村镇人民政府"); // and the address 邹城市唐村镇唐兴路 gives the township its county
    }

    [Fact]
    public void A_street_is_completed_to_the_office_the_text_writes()
    {
        // 2025年度,建章路街道全面贯彻…; the text also writes 建章路街道办事处
        DevCorpus.Report("pages/p012_xixian_jianzhanglu_jiedao_2025.txt").Agency.ShouldBe("建章路街道办事处");

        // title 云林街道…; lead 由無錫市錫山區(qū)人民政府云林街道辦事處編制 (Traditional, pinyin after 區)
        var report = DevCorpus.Report("pages/p127_wuxi_xishan_yunlin_jiedao_2015.txt");
        ChineseCharacterFold.Fold(report.Agency!).ShouldBe("无锡市锡山区人民政府云林街道办事处");
        ChineseCharacterFold.Fold(report.Region.City!).ShouldBe("无锡市");
        ChineseCharacterFold.Fold(report.Region.County!).ShouldBe("锡山区");

        // 我鄉(xiāng)人民政府 … 貛縣大埠鄉: the township's government form with pinyin inside
        ChineseCharacterFold.Fold(DevCorpus.Report("pages/p005_ganxian_dabuxiang_2012.txt").Agency!).ShouldBe("赣县大埠乡人民政府");
    }

    [Fact]
    public void A_district_of_a_municipality_has_no_city()
    {
        // 河东区民政局, the text writes 天津市河东区
        var hedong = DevCorpus.Report("pages/p090_tianjin_hedong_minzhengju_2019.txt").Region;
        (hedong.Province, hedong.City, hedong.County).ShouldBe(("天津市", null, "河东区"));
        var dongcheng = DevCorpus.Report("pages/p044_beijing_dongchengqu_2020.txt").Region;
        (dongcheng.Province, dongcheng.City, dongcheng.County).ShouldBe(("北京市", null, "东城区"));
    }

    [Fact]
    public void A_government_inside_a_name_is_no_place()
    {
        // 安寧市人民政府縣街街道辦事處: 縣 after 人民政府 is the street's name, not a county
        // (round 8: 安宁市 is a county-level city, so it is the county; 县街 never is)
        PlaceName.Of("安宁市人民政府县街街道办事处").County.ShouldBe("安宁市");
        // the county is the county-level city right above the street (round 4), not 縣
        ChineseCharacterFold.Fold(DevCorpus.Report("pages/p130_anning_xianjie_jiedao_2016.txt").Region.County!).ShouldBe("安宁市");
    }

    [Fact]
    public void The_words_of_a_lead_sentence_are_not_taken_for_places()
    {
        // title 阿嘎如泰苏木2022年 / …; lead …特向社会公布包头市九原区阿嘎如泰苏木人民政府2022年度政府信息公开情况
        DevCorpus.Report("pages/p073_baotou_jiuyuan_agarutai_sumu_2022.txt").Agency.ShouldBe("包头市九原区阿嘎如泰苏木人民政府");
    }

    [Fact]
    public void Names_are_read_with_the_spaces_inside_words_taken_out()
    {
        // 地址:贛縣大埠鄉(xiāng)人民政府 — the pinyin, blanked to spaces, no longer cuts the name
        DevCorpus.Report("pages/p005_ganxian_dabuxiang_2012.txt").AgencyAsWritten.ShouldBe("贛縣大埠鄉人民政府");

        // …and a header line whose next label then touches the name (来源:天津市河东区民政局 发布时间:… → …民政局发布时间:…)
        var text = DevCorpus.Text("pages/p090_tianjin_hedong_minzhengju_2019.txt");
        var header = text.Split('\n').First(l => l.StartsWith("来源:", StringComparison.Ordinal));
        AgencyLocator.Find(SpacedWordsView.Of(header).Text).ShouldBe(("天津市河东区民政局", AgencyLocator.Evidence.SourceLine));
    }
}
