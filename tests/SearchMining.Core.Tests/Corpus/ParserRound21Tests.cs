using SearchMining.Core.Parsing;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>
/// Parser round 21 (issue 12): the classes of holdout 15's misses (docs/PARSING.md "Round 21"), fixed on dev — holdout 15
/// was released to dev after its one scoring. Each case is a real dev page; the expected values are the pages' gold lines.
/// </summary>
public class ParserRound21Tests
{
    [Theory]
    [InlineData("holdout15/h1509_daying_yufengzhen_2021.txt", "玉峰镇人民政府")] // 二是将玉峰镇人民政府预算决算在大英县人民政府网站…公开
    [InlineData("holdout13/h1307_anju_hengshanzhen_2022.txt", "横山镇")]          // 进一步健全完善横山镇信息公开工作机制
    public void A_township_named_once_inside_a_sentence_of_a_text_speaking_as_a_township_is_the_body(string file, string agency)
    {
        // no title, no lead, no contact: before, no reader answered (the township reader wants the name at a word boundary)
        ReportParser.AgencyReadings(DevCorpus.Text(file)).ShouldBe([("SelfReference", agency)]);
        var report = DevCorpus.Report(file);
        report.Agency.ShouldBe(agency);
        report.AgencyAsWritten.ShouldBe(agency);
        report.Level.ShouldBe(Core.Domain.AdministrativeLevel.TownshipStreet);
    }

    [Fact]
    public void The_subject_of_the_first_sentence_is_read_when_the_text_speaks_of_its_county_and_no_other_reader_answers()
    {
        // h1523: 2020年,县统计局认真落实… and one 结合我县统计工作特点 (a department writing its county's 我县); completed with
        // 奉节县 from the body's own list 《奉节县统计局政府信息公开标准目录》 — before, no reader answered
        const string file = "holdout15/h1523_fengjie_tongjiju_2020.txt";
        ReportParser.AgencyReadings(DevCorpus.Text(file)).ShouldBe([("Subject", "奉节县统计局")]);
        var report = DevCorpus.Report(file);
        report.AgencyAsWritten.ShouldBe("县统计局");
        report.Agency.ShouldBe("奉节县统计局");
        report.Region.County.ShouldBe("奉节县");
    }

    [Fact]
    public void A_county_level_word_written_twice_before_a_department_is_written_once()
    {
        // h1518: the contact writes 维西县县审计局办公室 (the lead 维西县审计局) — before, agency 维西县县审计局 and county 维西县县
        var report = DevCorpus.Report("holdout15/h1518_weixi_shenjiju_2019.txt");
        report.Agency.ShouldBe("维西县审计局");
        report.AgencyAsWritten.ShouldBe("维西县审计局");
        report.Region.County.ShouldBe("维西县");
    }

    [Fact]
    public void A_government_office_short_form_is_not_completed_from_a_portal_name_alone()
    {
        // h1531: 编制鹤庆县政府办公室2021年… and only 鹤庆县人民政府门户网站 writes the full form (a portal names no agency)
        // — before, the agency was normalised to 鹤庆县人民政府办公室
        var report = DevCorpus.Report("holdout15/h1531_heqing_zhengfu_bangongshi_2021.txt");
        report.AgencyAsWritten.ShouldBe("鹤庆县政府办公室");
        report.Agency.ShouldBe("鹤庆县政府办公室");
    }

    [Fact]
    public void A_generation_date_whose_label_stands_alone_on_its_line_is_the_publish_date()
    {
        // h1515: a metadata block of one cell a line (生成日期 / 2020-01-08 09:49:05) — before, no date was read
        DevCorpus.Report("holdout15/h1515_gaotai_jiaotongyunshuju_2019.txt").PublishDate.ShouldBe(new DateOnly(2020, 1, 8));
    }

    [Fact]
    public void A_general_sentence_before_the_colon_lead_in_of_the_measures_is_no_measure()
    {
        // h1501 (a complete 2011 report, one flattened line): 2012年，我局将以科学发展观为统领，…推动政府信息公开工作向纵深发展。
        // 具体做好以下几方面工作：（一）…（二）…（三）… — before, the general sentence was counted as a fourth measure
        var commitments = DevCorpus.Report("holdout15/h1501_pingtan_xian_lvyouju_2011.txt").Commitments;
        commitments.Count.ShouldBe(3);
        commitments.ShouldAllBe(c => c.Text.StartsWith("（"));
    }
}
