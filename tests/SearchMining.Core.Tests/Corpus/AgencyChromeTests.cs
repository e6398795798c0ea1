using SearchMining.Core.Domain;
using SearchMining.Core.Parsing;
using SearchMining.Core.Parsing.Metadata;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>
/// Parser round 3 (issue 12): the agency of pages as crawled — site chrome and injected spam before the title, label
/// prefixes, short forms of 人民政府, a name given only by a portal, and no name at all. Dev store pages p150–p165
/// (data/corpus/pages/SOURCES.tsv) keep their chrome on purpose.
/// </summary>
public class AgencyChromeTests
{
    private static readonly ReportParser Parser = new();

    private static Report Parse(string text) => Parser.Parse(text, "chrome.txt").Report ?? throw new InvalidOperationException("not parsed");

    [Theory]
    // breadcrumb 首页 > … > 桂花坪街道 > 信息公开年报 before the title; the signature writes the full name
    [InlineData("pages/p152_changsha_tianxin_guihuaping_jiedao_2020.txt", "桂花坪街道", "长沙市天心区桂花坪街道办事处")]
    // breadcrumb 首页 >>气象局 >>年报 and a header block with 发布单位: 气象局 before the title
    [InlineData("pages/p159_shaoxing_shangyu_qixiangju_2018.txt", "绍兴市上虞区气象局", "绍兴市上虞区气象局")]
    // 简体 繁體 无障碍阅读 长者模式, the site's name and a search form's labels before the title; 发布机构:兴国镇 after it
    [InlineData("pages/p169_qinan_xingguozhen_2025.txt", "兴国镇人民政府", "兴国镇人民政府")]
    // breadcrumb ending in 下各镇 > 政府信息公开年报 and an 索引号 block (发布机构 下各镇) before the title
    [InlineData("pages/p172_xianju_xiagezhen_2023.txt", "下各镇", "下各镇")]
    // 信息提供日期 … 来源 : 福田区福田街道办 under the title; the lead writes 深圳市福田区福田街道办事处
    [InlineData("pages/p170_shenzhen_futian_futian_jiedao_2024.txt", "福田区福田街道", "深圳市福田区福田街道办事处")]
    // 登录 注册 / 无障碍浏览 before the title, and the site's column label 六、年度政府信息公开工作报告0600 after it
    [InlineData("pages/p158_meihekou_xinghuaxiang_2010.txt", "兴华乡", "兴华乡")]
    // 分享到: before the title and 【字体: after it
    [InlineData("pages/p153_guangfeng_xianzhengfu_2011.txt", "广丰县", "广丰县人民政府")]
    // 标题: label and an 索引号 header block naming 发文机关:屯昌县 before the title
    [InlineData("pages/p161_tunchang_nanlvzhen_2012.txt", "屯昌县南吕镇", "屯昌县南吕镇人民政府")]
    public void The_title_is_read_past_the_pages_chrome(string file, string asWritten, string agency)
    {
        var report = DevCorpus.Report(file);
        report.AgencyAsWritten.ShouldBe(asWritten);
        report.Agency.ShouldBe(agency);
    }

    [Fact]
    public void A_contact_written_as_qing_lianxi_names_the_agency_on_a_hijacked_mirror()
    {
        // no title; 雷速体育直播 injected into the notice's name; only 请联系芦芝镇人民政府党政综合办公室 names the town
        var report = DevCorpus.Report("pages/p174_zhangping_luzhizhen_2023.txt");
        report.AgencyAsWritten.ShouldBe("芦芝镇人民政府");
        report.Level.ShouldBe(AdministrativeLevel.TownshipStreet);
    }

    [Fact]
    public void A_place_after_a_sentence_word_completes_the_name()
    {
        // chrome, breadcrumb and 来源:政府办 before the title 五通桥区人民政府办公室; the lead says 特编制并向社会公布乐山市五通桥区…
        var report = DevCorpus.Report("pages/p167_leshan_wutongqiao_quzhengfu_bangongshi_2019.txt");
        report.AgencyAsWritten.ShouldBe("五通桥区人民政府办公室");
        report.Agency.ShouldBe("乐山市五通桥区人民政府办公室");
        report.Region.City.ShouldBe("乐山市");
    }

    [Fact]
    public void A_breadcrumb_naming_the_sites_owner_is_not_the_agency()
    {
        // no title; the text says 我乡 and names 牛街乡人民政府 once. The county's breadcrumb (as 南京 鼓楼's street pages carry
        // it) names the site's owner, which does not speak as 我乡.
        foreach (var crumb in new[] { "当前位置：首页 > 巍山县人民政府 > 信息公开专栏 > 年报", "| 当前位置: 首页 > 巍山县人民政府 > 信息公开专栏 > 政府信息公开年度报告 |" })
            Parse(crumb + "\n" + DevCorpus.Text("pages/p162_weishan_niujiexiang_2019.txt")).AgencyAsWritten.ShouldBe("牛街乡人民政府");
        // a department's report that names itself nowhere (我局): chrome naming a government gives no agency either
        var bureau = "您当前的位置：首页 > 海南省人民政府 > 政府信息公开 > 年报\n" + DevCorpus.Text("pages/p154_hainan_yaojianju_2014.txt");
        var report = Parse(bureau);
        report.Agency.ShouldBeNull();
        report.Level.ShouldBe(AdministrativeLevel.Unknown);
        DevCorpus.Report("pages/p154_hainan_yaojianju_2014.txt").Agency.ShouldBeNull();
    }

    [Fact]
    public void A_long_chrome_line_before_the_title_does_not_stop_the_title_reading()
    {
        // a portal's top bar (a link list of more than 60 characters) and a spam line before the title
        var text = "中国政府网 黑龙江省政府网 English Русская версия 市人大 市政协 市纪委监委 网站地图 无障碍浏览 长辈版 繁體 智能问答 搜索\n"
                   + "香港免费图库资料大全 香港免费图库资料大全\n"
                   + DevCorpus.Text("pages/p155_kangle_shangwanxiang_2019.txt");
        var report = Parse(text);
        report.AgencyAsWritten.ShouldBe("上湾乡人民政府");
        report.Level.ShouldBe(AdministrativeLevel.TownshipStreet);
        // a portal's top bar before a breadcrumb and an 索引号 block: the header's words are no name (round 2 read 机构下各镇组配分类政府)
        var bar = "网站首页 政务公开 办事服务 互动交流 走进秦安 无障碍阅读 长者模式 English 繁體 智能问答 网站地图 站内搜索 用户登录 用户注册\n";
        Parse(bar + DevCorpus.Text("pages/p172_xianju_xiagezhen_2023.txt")).AgencyAsWritten.ShouldBe("下各镇");
    }

    [Fact]
    public void Injected_spam_is_no_part_of_a_name()
    {
        // a hijacked mirror replaces words of the lead sentence (as on p148's mirror): 现将<spam>交通运输局… shapes
        var lead = DevCorpus.Text("pages/p165_zhengzhou_jinshui_fagaitongjiju_2014.txt")
            .Replace("特编制并向社会公布金水区发展改革和统计局", "特编制并向社会公布澳门特区赌场,澳门博彩业网址金水区发展改革和统计局", StringComparison.Ordinal);
        Parse(lead).AgencyAsWritten.ShouldBe("金水区发展改革和统计局");
        // the spam cuts the place off a government and leaves its bare level word: that is no name either
        AgencyName.Clean("新葡京博彩官网区人民政府北京街道办事处").ShouldBe("北京街道办事处");
        AgencyName.Clean("华体会登录入口政府办公室").ShouldBeNull();
        PageChrome.WithoutSpam("澳门特区赌场,澳门博彩业网址交通运输局").ShouldBe("交通运输局");
        PageChrome.WithoutSpam("遂溪县建新镇人民政府").ShouldBe("遂溪县建新镇人民政府");
    }

    [Fact]
    public void A_label_prefix_is_not_kept_in_the_name()
    {
        // the same page with the 标题 label spaced as another template writes 名称
        var text = DevCorpus.Text("pages/p161_tunchang_nanlvzhen_2012.txt").Replace("标题:", "名        称 ", StringComparison.Ordinal);
        Parse(text).AgencyAsWritten.ShouldBe("屯昌县南吕镇");
        // 名称： before the only title line (the repeated title dropped): the title, not the contact office, names it
        var labelled = DevCorpus.Text("pages/p161_tunchang_nanlvzhen_2012.txt").Replace("标题:", "名称：", StringComparison.Ordinal)
            .Replace("\n2012年度屯昌县南吕镇政府信息公开工作年度报告\n", "\n", StringComparison.Ordinal);
        Parse(labelled).AgencyAsWritten.ShouldBe("屯昌县南吕镇");
        AgencyName.Clean("发布机构:参内乡").ShouldBe("参内乡");
        AgencyName.Clean("信息来源：凉州区张义镇人民政府").ShouldBe("凉州区张义镇人民政府");
        AgencyName.Clean("名称长安区砲里街道").ShouldBe("长安区砲里街道");
        // a header block whose 来源 is the office that posted the page (来源:区人民政府办公室): a place-less government is no name
        AgencyName.Clean("区人民政府办公室").ShouldBeNull();
        AgencyName.IsPlausible("县政府").ShouldBeFalse();
        AgencyName.IsPlausible("首页>鼓楼区人民政府").ShouldBeFalse();
    }

    [Theory]
    // gold README: abbreviations are not expanded, and a township stays bare unless the text writes its 人民政府
    // (理合务镇 although the text says 理合务镇政府); a short form is completed only to the full form the text writes
    [InlineData("唐村镇政府", "", "唐村镇")]
    [InlineData("唐村镇政府", "请与唐村镇人民政府联系", "唐村镇人民政府")]
    [InlineData("鼓楼区政府", "", "鼓楼区政府")]
    [InlineData("鼓楼区政府", "鼓楼区人民政府门户网站", "鼓楼区人民政府")]
    [InlineData("广丰县府", "", "广丰县府")]
    [InlineData("贺州市府办", "贺州市人民政府办公室", "贺州市人民政府办公室")]
    [InlineData("连平县政府办公室", "", "连平县政府办公室")]
    [InlineData("连平县政府办公室", "连平县人民政府", "连平县人民政府办公室")]
    [InlineData("平潭县质监局", "平潭县质量技术监督局", "平潭县质监局")]
    public void A_government_written_short_is_completed_only_to_the_full_form_the_text_writes(string written, string text, string normalized) =>
        AgencyName.Normalized(written, text).ShouldBe(normalized);

    [Fact]
    public void A_bare_place_is_completed_when_the_text_names_its_government_even_in_short()
    {
        // 广丰县 in the title; the text names 广丰县政府门户网站 (and 广丰县政府信息公开目录, which is 广丰县 + 政府信息公开目录)
        var source = DevCorpus.Text("pages/p153_guangfeng_xianzhengfu_2011.txt");
        AgencyName.Normalized("广丰县", source).ShouldBe("广丰县人民政府");
        // a zone is no government of the hierarchy: 平潭综合实验区 stays as written
        AgencyName.Normalized("平潭综合实验区", "平潭综合实验区政府门户网站").ShouldBe("平潭综合实验区");
        // 攸县政府信息公开办法 does not name 攸县's government
        AgencyName.Normalized("攸县", DevCorpus.Text("pages/p163_youxian_xianzhengfu_2011.txt")).ShouldBe("攸县");
    }

    [Fact]
    public void A_government_named_only_by_its_portal_is_the_agency_when_the_text_speaks_as_a_government()
    {
        // sentences of p157 after its title and lead: only the portal names the county government, the text says 我县
        var text = DevCorpus.Text("pages/p157_lianping_xianzhengfu_2011.txt");
        var body = text[text.IndexOf("本报告的电子版", StringComparison.Ordinal)..];
        body = body.Replace("如对本报告有任何疑问,请联系:连平县人民政府办公室(4332240、4327511)。", "", StringComparison.Ordinal);
        AgencyLocator.Find(body).ShouldBe(("连平县人民政府", AgencyLocator.Evidence.Portal));
        // a township's text (我乡) on its county's portal: the portal is not the agency
        AgencyLocator.Find("本报告可在巍山县人民政府门户网站查阅。2019年我乡高度重视政府信息公开工作。").ShouldBeNull();
    }
}
