using SearchMining.Core.Domain;
using SearchMining.Core.Parsing;
using SearchMining.Core.Parsing.Tables;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>
/// Parser round 20 (issue 12): the dev error classes round 19 left (docs/PARSING.md "Round 20"). Each case is a real dev
/// page (holdouts released to dev after their one scoring: figures on them are tuned); the expected values are the pages'
/// gold lines.
/// </summary>
public class ParserRound20Tests
{
    private static decimal?[] Row(Report report, string code) =>
        ApplicantColumnLayout.Standard.Select(c => report.Tables.Applications.Row(code)!.Cells[c].Value).ToArray();

    [Theory]
    [InlineData("holdout6/h601_huachuan_weijianju_2021.txt", 1)]
    [InlineData("holdout6/h633_yangling_zhujianju_2019.txt", 0)]
    [InlineData("holdout7/h719_changbai_changbaizhen_2020.txt", 0)]
    [InlineData("holdout11/h1132_yanta_touzihezuoju_2020.txt", 0)]
    public void A_table_kept_one_cell_per_line_is_read_row_by_row(string file, int newReceived)
    {
        // 一、本年新收政府信息公开申请数量 / (blank) / 1 / (blank) / 0 / … — before, the run stopped at the first line break
        // ("the numbers run together as "1"") and no row of the stored part was read
        var report = DevCorpus.Report(file);
        Row(report, "new").ShouldBe([newReceived, 0, 0, 0, 0, 0, newReceived]);
        Row(report, "carried-over").ShouldBe([0, 0, 0, 0, 0, 0, 0]);
        report.Tables.Applications.Status.ShouldBe(TableStatus.Partial);
    }

    [Theory]
    [InlineData("holdout2/h254_hanyang_quzhengfu_bangongshi_2022.txt", new[] { 8, 0, 0, 0, 0, 0, 8 })]
    [InlineData("holdout4/h430_siping_shengtaihuanjingju_2022.txt", new[] { 5, 0, 2, 1, 0, 0, 8 })]
    public void A_pipe_table_kept_one_cell_per_line_is_read_row_by_row(string file, int[] newReceived)
    {
        // 一、本年新收政府信息公开申请数量 | / 5 | / 0 | / 2 | … — each line was a row of one cell ("cells [8] cannot be assigned")
        var report = DevCorpus.Report(file);
        Row(report, "new").ShouldBe(newReceived.Select(v => (decimal?)v).ToArray());
        Row(report, "carried-over").ShouldBe([0, 0, 0, 0, 0, 0, 0]);
    }

    [Theory]
    [InlineData("holdout5/h514_changyi_wenmiao_jiedao_2011.txt", new[] { "0432-62421057" })]      // 电话:,0432-62421057,。
    [InlineData("holdout7/h745_fuzhou_shengtaihuanjingju_2020.txt", new[] { "0794-8233688" })]    // 请与抚州市生态环境局联系(0794-8233688)
    [InlineData("holdout3/h343_wuyi_baiyang_jiedao_2009.txt", new[] { "87633910", "87629486" })] // 联系(电话:87633910 87629486)
    public void A_contact_number_written_after_a_stray_comma_in_brackets_or_beside_another_is_read(string file, string[] phones)
    {
        var contact = DevCorpus.Report(file).Contact!;
        contact.Phones.ShouldBe(phones);
    }

    [Theory]
    [InlineData("holdout5/h503_wenzhou_linyeju_2016.txt", "2017-02-20")]          // 发布日期: 2017- 02- 20 14: 37 浏览次数:
    [InlineData("holdout11/h1140_daishan_renshiju_2015.txt", "2023-08-28")]       // 信息来源: 县人力社保局 发布日期: 2023- 08- 28 09: 20
    [InlineData("holdout10/h1034_wuqia_wentiguanglvju_2025.txt", "2026-01-19")]  // 发布机构 乌恰县… 发布日期 2026-01-19 17:25
    public void A_header_date_written_with_spaces_or_without_a_colon_is_the_publish_date(string file, string date)
    {
        DevCorpus.Report(file).PublishDate.ShouldBe(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_lead_publishing_the_work_of_its_year_names_the_body()
    {
        // h1432 (no title): 向社会公布桃源镇2025年政府信息公开工作开展情况 — before, only the contact's 桃源镇政府信息公开领导小组办公室
        // named it, and its 政府 (of 政府信息公开) stayed in the written form
        var text = DevCorpus.Text("holdout14/h1432_datian_taoyuanzhen_2025.txt");
        ReportParser.AgencyReadings(text)[0].ShouldBe(("Lead", "大田县桃源镇"));
        DevCorpus.Report("holdout14/h1432_datian_taoyuanzhen_2025.txt").AgencyAsWritten.ShouldBe("桃源镇");
    }

    [Fact]
    public void A_section_of_the_body_office_compiling_the_report_names_the_body()
    {
        // h1418: 由无锡市锡山区人民政府厚桥街道党政办公室综合科编制 — the compiler was not read (a 科 ends no name), the body wrote 厚桥街道
        var text = DevCorpus.Text("holdout14/h1418_wuxi_xishan_houqiao_jiedao_2023.txt");
        ReportParser.AgencyReadings(text)[0].ShouldBe(("CompiledBy", "无锡市锡山区人民政府厚桥街道"));
        DevCorpus.Report("holdout14/h1418_wuxi_xishan_houqiao_jiedao_2023.txt").AgencyAsWritten.ShouldBe("无锡市锡山区人民政府厚桥街道");
    }

    [Fact]
    public void The_subject_after_the_circumstances_opening_the_first_sentence_is_read()
    {
        // h904 (no title, no lead): 2021年,在市委、市政府坚强领导下,在省体育局的关心支持下,市体育局坚持… — before, no reader answered
        var text = DevCorpus.Text("holdout9/h904_leshan_tiyuju_2021.txt");
        ReportParser.AgencyReadings(text).ShouldBe([("Subject", "乐山市体育局")]);
        var h904 = DevCorpus.Report("holdout9/h904_leshan_tiyuju_2021.txt");
        h904.AgencyAsWritten.ShouldBe("市体育局");
        h904.Level.ShouldBe(AdministrativeLevel.Department);
    }
}
