using SearchMining.Core.Domain;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

[Collection(SampleCorpusCollection.Name)]
public class TableTests(SampleCorpus corpus)
{
    private static decimal?[] Row(Report report, string code) =>
        SearchMining.Core.Parsing.Tables.ApplicantColumnLayout.Standard.Select(c => report.Tables.Applications.Row(code)!.Cells[c].Value).ToArray();

    [Fact]
    public void Proactive_table_rows_are_read_per_article_20_item()
    {
        var table = corpus.Report("002_huaian").Tables.Proactive;
        table.Status.ShouldBe(TableStatus.Parsed);
        table.Rows.Select(r => r.Category).ShouldBe(["规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"]);
        var normative = table.Rows[1];
        normative.Item.ShouldBe("第二十条第（一）项");
        normative.Cells["本年制发件数"].Value.ShouldBe(8);
        normative.Cells["本年废止件数"].Value.ShouldBe(26);
        normative.Cells["现行有效件数"].Value.ShouldBe(66);
        table.Rows[3].Cells["本年处理决定数量"].Value.ShouldBe(3985758);
        table.Rows[5].Cells["本年收费金额（单位：万元）"].Value.ShouldBe(96171.6m);
    }

    [Fact]
    public void The_2019_template_columns_and_the_procurement_row_are_read()
    {
        var rows = corpus.Report("001_shanghai").Tables.Proactive.Rows;
        rows.Single(r => r.Category == "规章").Cells["对外公开总数量"].Value.ShouldBe(524);
        var procurement = rows.Single(r => r.Category == "政府集中采购");
        procurement.Item.ShouldBe("第二十条第（九）项");
        procurement.Cells["采购总金额"].Raw.ShouldBe("251000元");
        procurement.Cells["采购总金额"].Value.ShouldBe(251000);
    }

    [Fact]
    public void Application_table_from_pdf_layout_text()
    {
        var report = corpus.Report("002_huaian");
        report.Tables.Applications.Status.ShouldBe(TableStatus.Parsed);
        Row(report, "new").ShouldBe([3001, 53, 0, 0, 61, 4, 3119]);
        Row(report, "result.2").ShouldBe([447, 7, 0, 0, 0, 0, 454]);         // label wrapped over two lines around the numbers
        Row(report, "result.6.1").ShouldBe([67, 3, 0, 0, 1, 0, 71]);         // label split over three lines
        Row(report, "result.total").ShouldBe([2932, 53, 0, 0, 61, 4, 3050]);
        Row(report, "carried-forward").ShouldBe([103, 0, 0, 0, 0, 0, 103]);
    }

    [Fact]
    public void Application_table_from_docx_text_with_one_cell_per_line()
    {
        var report = corpus.Report("003_");
        report.Tables.Applications.Status.ShouldBe(TableStatus.Parsed);
        report.Tables.Applications.Rows.Count.ShouldBe(25);
        Row(report, "result.5.5").ShouldBe([0, 0, 0, 0, 0, 0, 0]);
    }

    [Fact]
    public void Blank_cells_stay_blank_where_the_table_leaves_them_blank()
    {
        var report = corpus.Report("001_shanghai");
        report.Tables.Applications.Status.ShouldBe(TableStatus.Parsed);
        var row = report.Tables.Applications.Row("new")!;
        row.Cells[ApplicantType.NaturalPerson].Value.ShouldBe(821);
        row.Cells[ApplicantType.ResearchInstitution].IsBlank.ShouldBeTrue();
        row.Cells[ApplicantType.LegalServiceOrg].Value.ShouldBe(2);
        row.Cells[ApplicantType.Total].Value.ShouldBe(859);
        report.Tables.Applications.Row("result.6").ShouldNotBeNull();
        report.Tables.Applications.Row("result.6.1").ShouldBeNull();
    }

    [Fact]
    public void Review_and_litigation_numbers_are_read_in_every_shape()
    {
        var huaian = corpus.Report("002_huaian").Tables.ReviewLitigation;
        huaian.Review.ShouldBe(new OutcomeCounts(72, 64, 178, 37, 351));
        huaian.LitigationDirect.ShouldBe(new OutcomeCounts(13, 4, 8, 1, 26));
        huaian.LitigationAfterReview.ShouldBe(new OutcomeCounts(12, 1, 1, 6, 20));

        var shanghai = corpus.Report("001_shanghai").Tables.ReviewLitigation;
        shanghai.Review!.Upheld.ShouldBe(5);
        shanghai.Review.Total.ShouldBe(7);
        shanghai.LitigationDirect!.Total.ShouldBe(9);
        shanghai.Review.Corrected.ShouldBeNull();

        corpus.Report("002_9d").Tables.ReviewLitigation.Review.ShouldBe(new OutcomeCounts(0, 0, 0, 0, 0));
    }

    [Fact]
    public void Numbers_run_together_are_split_only_where_the_table_arithmetic_allows_one_reading()
    {
        var report = corpus.Report("039_");
        // "640020470" → 64, 0, 0, 2, 0, 4, 70 is the only split whose total is the sum of the columns
        Row(report, "new").ShouldBe([64, 0, 0, 2, 0, 4, 70]);
        // "270020130" reads as 27,0,0,2,0,1,30 or 2,7,0,0,20,1,30 and "220000325" two ways too: each row adds up
        // either way, but only one pair makes the 办理结果 rows add up to （七）总计 in every column (自然人 63, 其他 4)
        Row(report, "result.1").ShouldBe([27, 0, 0, 2, 0, 1, 30]);
        Row(report, "result.4.1").ShouldBe([22, 0, 0, 0, 0, 3, 25]);
        report.Tables.Applications.Status.ShouldBe(TableStatus.Parsed);
        report.Warnings.ShouldNotContain(w => w.Code == "table-row-ambiguous" && w.Message.Contains("270020130"));
        report.Warnings.ShouldContain(w => w.Code == "table-cells-inferred" && w.Message.Contains("column totals"));
        report.Tables.ReviewLitigation.Review.ShouldBe(new OutcomeCounts(1, 0, 2, 0, 3));
        report.Tables.ReviewLitigation.LitigationDirect.ShouldBe(new OutcomeCounts(12, 0, 0, 0, 12));
        // 行政规范性文件693665: three columns, no arithmetic to decide → not guessed
        report.Tables.Proactive.Rows.ShouldNotContain(r => r.Category == "行政规范性文件");
        report.Tables.Proactive.Rows.Single(r => r.Category == "行政许可").Cells["本年处理决定数量"].Value.ShouldBe(2293);
    }

    [Fact]
    public void Rows_whose_cells_shifted_in_extraction_are_reported_not_guessed()
    {
        // 赣县: the PDF lost one cell in most 办理结果 rows ("(一) 予以公开⇥⇥0⇥0⇥0⇥0⇥0⇥0")
        var report = corpus.Report("001_49");
        report.Tables.Applications.Status.ShouldBe(TableStatus.Partial);
        Row(report, "new").ShouldBe([1, 0, 0, 0, 0, 0, 1]);
        Row(report, "result.total").ShouldBe([1, 0, 0, 0, 0, 0, 1]);
        report.Tables.Applications.Row("result.3.5").ShouldBeNull();
        report.Warnings.ShouldContain(w => w.Code == "table-row-ambiguous" && w.Message.Contains("result.3.5"));
    }

    [Fact]
    public void A_report_without_tables_has_them_absent()
    {
        var report = corpus.Report("009_");
        report.Tables.Proactive.Status.ShouldBe(TableStatus.Absent);
        report.Tables.Applications.Status.ShouldBe(TableStatus.Absent);
        report.Tables.ReviewLitigation.Status.ShouldBe(TableStatus.Absent);
    }

    [Theory]
    [InlineData("000_")]
    [InlineData("002_9d")]
    [InlineData("003_")]
    [InlineData("004_")]
    public void Seed_tables_in_tab_and_cell_per_line_shapes_are_read_in_full(string prefix)
    {
        var report = corpus.Report(prefix);
        report.Tables.Proactive.Status.ShouldBe(TableStatus.Parsed);
        report.Tables.Proactive.Rows.Select(r => r.Category).ShouldBe(["规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"]);
        report.Tables.Proactive.Rows[0].Cells.Keys.ShouldBe(["本年制发件数", prefix == "004_" ? "本年度止件数" : "本年废止件数", "现行有效件数"]);
        report.Tables.Applications.Status.ShouldBe(TableStatus.Parsed);
        report.Tables.Applications.Rows.Select(r => r.Code).ShouldBe(SearchMining.Core.Parsing.Tables.ApplicationRowCatalog.Template2021.Select(d => d.Code));
        Row(report, "new").ShouldBe([0, 0, 0, 0, 0, 0, 0]);
        report.Tables.ReviewLitigation.Status.ShouldBe(TableStatus.Parsed);
        report.Tables.ReviewLitigation.LitigationAfterReview.ShouldBe(new OutcomeCounts(0, 0, 0, 0, 0));
    }
}
