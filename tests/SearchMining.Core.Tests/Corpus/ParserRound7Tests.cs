using SearchMining.Core.Domain;
using SearchMining.Core.Parsing;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>
/// Parser round 7 (issue 12): mechanisms for the agency on pages never seen, fixed on dev (gold.jsonl, holdout 1 and
/// holdout 2, all released); holdout 3 is the round's late check and is not read here. Each case is a real page (or a
/// real page written the way another page writes it); the expected values are its gold line.
/// </summary>
public class ParserRound7Tests
{
    [Fact]
    public void A_lead_that_compiles_the_report_without_le_names_its_agency()
    {
        // …有关规定和要求,编写沙洋县2017年度政府信息公开工作年度报告 (no title; 请与沙洋县电子政务办公室联系 names an office)
        var county = DevCorpus.Report("holdout2/h216_shayang_xianzhengfu_2017.txt");
        county.AgencyAsWritten.ShouldBe("沙洋县");
        county.Level.ShouldBe(AdministrativeLevel.County);
        // the same lead with its year in Chinese numerals (二〇一七年度), as older pages write it
        var text = DevCorpus.Text("holdout2/h216_shayang_xianzhengfu_2017.txt");
        text.ShouldContain("编写沙洋县2017年度");
        var variant = new ReportParser().Parse(text.Replace("编写沙洋县2017年度", "编写二〇一七年度沙洋县"), "h216-numerals.txt").Report!;
        variant.AgencyAsWritten.ShouldBe("沙洋县");
    }

    [Fact]
    public void A_report_named_after_an_office_is_the_office_s_own_report()
    {
        // 现公布台山市人民政府办公室2014年政府信息公开工作年度报告 … 市政府办公室继续深入落实: the office, not its government
        var office = DevCorpus.Report("holdout2/h223_taishan_shizhengfu_bangongshi_2014.txt");
        office.Agency.ShouldBe("台山市人民政府办公室");
        office.Level.ShouldBe(AdministrativeLevel.Department);
        // a compiler is still read as the body it compiles for (由县农业局办公室编制 → 县农业局, round 6)
        DevCorpus.Report("holdout2/h215_yongtai_nongyeju_2017.txt").AgencyAsWritten.ShouldBe("县农业局");
    }

    [Fact]
    public void An_office_named_without_its_place_is_the_body_when_the_text_speaks_as_that_office()
    {
        // 现将我办2022年度…报告如下 / 2022年,区政府办公室认真贯彻…: the text speaks as 我办
        var office = DevCorpus.Report("holdout2/h254_hanyang_quzhengfu_bangongshi_2022.txt");
        office.AgencyAsWritten.ShouldBe("区政府办公室");
        office.Level.ShouldBe(AdministrativeLevel.Department);
    }

    [Fact]
    public void A_body_the_text_names_in_full_again_and_again_is_its_own_when_nothing_else_names_it()
    {
        // no title, lead, contact or signature; 我局成立了…姚安县农业农村局政府信息公开工作领导小组 and
        // 《姚安县农业农村局政府信息与政务公开工作制度》
        var bureau = DevCorpus.Report("holdout2/h237_yaoan_nongyenongcunju_2021.txt");
        bureau.Agency.ShouldBe("姚安县农业农村局");
        bureau.Region.County.ShouldBe("姚安县");
        // a text that names its body nowhere (only 我局; the notice's sender and the office that forwarded it are named
        // once each) still gives none (gold null)
        DevCorpus.Report("holdout/h039_wuhan_shengtaihuanjingju_2020.txt").Agency.ShouldBeNull();
        DevCorpus.Report("holdout/h005_nanjing_caizhengju_2020.txt").Agency.ShouldBeNull();
    }

    [Fact]
    public void Site_words_glued_before_a_title_s_name_are_cut_when_the_text_writes_the_name_alone()
    {
        var text = DevCorpus.Text("holdout/h025_minqing_shenjiju_2013.txt");
        text.ShouldStartWith("闽清县审计局2013年度");
        DevCorpus.Report("holdout/h025_minqing_shenjiju_2013.txt").AgencyAsWritten.ShouldBe("闽清县审计局");
        // a crawl that glued the site's column name to the title: the text writes 闽清县审计局 alone elsewhere
        var glued = new ReportParser().Parse("政务公开专栏" + text, "h025-glued.txt").Report!;
        glued.AgencyAsWritten.ShouldBe("闽清县审计局");
        glued.Region.County.ShouldBe("闽清县");
        // places before a name are never cut (平潭综合实验区 is no glued text, though the text writes 实验区 alone)
        DevCorpus.Report("github/g005_pingtan_shiyanqu_2019.txt").Agency.ShouldBe("平潭综合实验区");
    }

    [Fact]
    public void A_lead_verb_read_into_the_name_is_cut()
    {
        // …编制并向社会公布金水区发展改革和统计局2014年…报告: the name follows the last verb
        DevCorpus.Report("pages/p165_zhengzhou_jinshui_fagaitongjiju_2014.txt").AgencyAsWritten.ShouldBe("金水区发展改革和统计局");
    }

    [Fact]
    public void An_old_template_s_part_title_with_its_year_and_no_number_is_the_overview()
    {
        // 東鳳鎮 2011 (Traditional wiki mirror): the part title 2011年概況 on a line of its own, the mirror having dropped
        // its number; the contents line (2011年概況,政府信息公開情況,…) is no section
        var town = DevCorpus.Report("holdout2/h218_zhongshan_dongfengzhen_2011.txt");
        town.Sections.Select(s => s.Topic).ShouldBe([SectionTopic.Overview]);
    }
    [Fact]
    public void A_fax_labelled_chuanzhen_dianhua_or_marked_after_a_number_is_no_phone()
    {
        // 请与湖南省交通运输厅…联系(…电话:0731-88770148;传真:0731-88770055;…) — and the same line written the ways
        // other pages write it: 传真电话:…, and both numbers after 电话 with the fax marked (传真)
        const string file = "holdout2/h209_hunan_jiaotongyunshuting_2018.txt";
        DevCorpus.Report(file).Contact!.Phones.ShouldBe(["0731-88770148"]);
        var text = DevCorpus.Text(file);
        text.ShouldContain("电话:0731-88770148;传真:0731-88770055");
        var labelled = new ReportParser().Parse(text.Replace("传真:0731-88770055", "传真电话:0731-88770055"), "h209-fax-label.txt").Report!;
        labelled.Contact!.Phones.ShouldBe(["0731-88770148"]);
        labelled.Contact.Fax.ShouldBe("0731-88770055");
        var marked = new ReportParser().Parse(text.Replace("电话:0731-88770148;传真:0731-88770055", "电话:0731-88770148、0731-88770055(传真)"), "h209-fax-mark.txt").Report!;
        marked.Contact!.Phones.ShouldBe(["0731-88770148"]);
        marked.Contact.Fax.ShouldBe("0731-88770055");
    }

    [Fact]
    public void A_contact_sentence_after_the_last_section_gives_the_phone()
    {
        // 朝阳乡 2016: the contact sentence closes the lead; an older report writes it after its last section instead
        const string file = "holdout/h019_dazhu_chaoyangxiang_2016.txt";
        const string contact = "如对本年报有任何疑问,请与朝阳乡政府信息公开办公室联系,联系电话:0818—6972129。";
        DevCorpus.Report(file).Contact!.Phones.ShouldBe(["0818—6972129"]);
        var text = DevCorpus.Text(file);
        text.ShouldContain(contact);
        var moved = new ReportParser().Parse(text.Replace(contact, "") + "\n" + contact + "\n", "h019-contact-last.txt").Report!;
        moved.Sections[^1].Topic.ShouldBe(SectionTopic.Problems);
        moved.Contact!.Phones.ShouldBe(["0818—6972129"]);
    }
    [Fact]
    public void Work_summary_headings_run_into_their_body_on_one_line_are_sections()
    {
        // 一、加强交通重点领域政务公开。围绕… (what was published: proactive) / 二、加强和改进政策解读工作。将… (解读: other,
        // not problems for its 改进) / 三、扎实推进网站集约化建设。… (no topic word: not a section); no statement moves
        var report = DevCorpus.Report("holdout2/h209_hunan_jiaotongyunshuting_2018.txt");
        report.Sections.Select(s => s.Topic).ShouldBe([SectionTopic.Proactive, SectionTopic.Other]);
        report.Statements.ShouldBeEmpty();
    }
}
