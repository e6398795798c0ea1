using SearchMining.Core.Domain;
using SearchMining.Core.Parsing.Metadata;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>The agency where the title does not name it: lead sentence, 来源/发布机构 line, page-header title cell, signature, contact office, subject.</summary>
public class AgencyEvidenceTests
{
    [Theory]
    // 现公布2012年凤安镇政府信息公开工作年度报告 (the contact names 凤安镇党政办公室)
    [InlineData("pages/p004_zijin_fenganzhen_2012.txt", "凤安镇", AdministrativeLevel.TownshipStreet)]
    // 现将深圳市市场监督管理局龙华监管局(以下简称龙华局)2023年信息公开年度报告进行公布
    [InlineData("pages/p016_shenzhen_shichangjianguanju_longhua_jianguanju_2023.txt", "深圳市市场监督管理局龙华监管局", AdministrativeLevel.Department)]
    // 由北京市水务局编制的2008年度政府信息公开年度报告
    [InlineData("pages/p050_beijing_shuiwuju_2008.txt", "北京市水务局", AdministrativeLevel.Department)]
    // 现公布湖南省人民政府2016年… — not the 湖南省人民政府办公厅 of the contact sentence
    [InlineData("pages/p057_hunan_shengzhengfu_2016.txt", "湖南省人民政府", AdministrativeLevel.Province)]
    // only "- 发布机构:参内乡" in the page header
    [InlineData("pages/p002_anxi_canneixiang_2012.txt", "参内乡", AdministrativeLevel.TownshipStreet)]
    // "每日一报 | 辽宁2015年…年度报告" is the app's headline; the report's own title after the issuer line says 辽宁省 (gold-3 rule 1)
    [InlineData("pages/p110_liaoning_shengzhengfu_2015.txt", "辽宁省", AdministrativeLevel.Province)]
    // only 请与惠安县卫生健康局办公室联系: the office's agency
    [InlineData("pages/p029_huian_weijianju_2020.txt", "惠安县卫生健康局", AdministrativeLevel.Department)]
    // 请与大溪边乡党政办公室联系, and the text speaks of 我乡
    [InlineData("pages/p086_kaihua_daxibianxiang_2013.txt", "大溪边乡", AdministrativeLevel.TownshipStreet)]
    // no title: 2021年,冲口街道认真贯彻…
    [InlineData("pages/p009_liwan_chongkou_jiedao_2021.txt", "冲口街道", AdministrativeLevel.TownshipStreet)]
    // cover: 廣州市人民政府 / 2013年3月
    [InlineData("pages/p135_guangzhou_shizhengfu_2012.txt", "廣州市人民政府", AdministrativeLevel.City)]
    // page title, 访问量 and a document number (南政发[2013]05) before the title split over two lines
    [InlineData("pages/p001_xingguo_nankengxiang_2012.txt", "南坑乡人民政府", AdministrativeLevel.TownshipStreet)]
    // 平潭综合实验区行政审批局关于2017年政府信息公开工作年度报告
    [InlineData("github/g110_pingtan_xingzhengshenpiju_2017.txt", "平潭综合实验区行政审批局", AdministrativeLevel.Department)]
    public void The_agency_is_found_where_the_text_names_it(string file, string agency, AdministrativeLevel level)
    {
        var report = DevCorpus.Report(file);
        report.AgencyAsWritten.ShouldBe(agency);
        report.Level.ShouldBe(level);
    }

    [Fact]
    public void A_name_found_in_passing_must_agree_with_how_the_text_speaks_of_itself()
    {
        // 来源: 市政府办公厅 is the office that posted the page: the title names the agency
        DevCorpus.Report("pages/p085_guiyang_shizhengfu_2018.txt").AgencyAsWritten.ShouldBe("贵阳市人民政府");
        // a department's report whose contact is a government office: the office is not taken for the agency
        var text = "2019年，我局认真贯彻落实条例。我局共主动公开信息12条。如对本报告有疑问，请与县人民政府办公室联系。";
        AgencyLocator.SelfKind(text).ShouldBe(AgencyKind.Department);
        AgencyLocator.Find(text).ShouldBeNull();
    }

    [Fact]
    public void The_signature_names_the_agency_when_nothing_else_does()
    {
        // the last lines of 平潭 海坛片区 2023 (a fee sentence, then the signature and date on one line)
        var tail = DevCorpus.Text("github/g030_pingtan_haitan_pianquju_2023.txt");
        tail = tail[tail.LastIndexOf("六、其他需要报告的事项", StringComparison.Ordinal)..];
        AgencyLocator.Find(tail).ShouldBe(("平潭综合实验区海坛片区管理局", AgencyLocator.Evidence.Signature));
    }

    [Fact]
    public void A_name_written_without_its_place_is_completed_from_the_text()
    {
        var report = DevCorpus.Report("pages/p001_xingguo_nankengxiang_2012.txt");
        report.Agency.ShouldBe("兴国县南坑乡人民政府"); // 请与兴国县南坑乡人民政府办公室联系
        report.Region.County.ShouldBe("兴国县");
    }
}
