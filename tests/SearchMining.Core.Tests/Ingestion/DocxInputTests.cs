using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Ingestion;

public class DocxInputTests
{
    [Fact]
    public async Task A_docx_made_from_a_real_report_parses_with_its_tables()
    {
        var bytes = DocxBuilder.FromReportText(SampleCorpus.Text("000_"));
        var outcome = await new ReportFileReader().ReadAsync(new MemoryStream(bytes), "市中区工信局2024.docx", CancellationToken.None);

        var report = outcome.Report!;
        report.SourceFile.ShouldBe("市中区工信局2024.docx");
        report.Agency.ShouldBe("枣庄市市中区工业和信息化局");
        report.Year.ShouldBe(2024);
        report.Sections.Select(s => s.Number).ShouldBe(["一", "二", "三", "四", "五", "六"]);
        report.Tables.Proactive.Status.ShouldBe(TableStatus.Parsed);
        report.Tables.Proactive.Rows.Select(r => r.Category).ShouldContain("行政事业性收费");
        report.Tables.Applications.Status.ShouldBe(TableStatus.Parsed);
        report.Tables.Applications.Row("result.3.8")!.Cells[ApplicantType.Total].Value.ShouldBe(0);
        report.Tables.ReviewLitigation.Status.ShouldBe(TableStatus.Parsed);
        report.Statements.Select(s => s.Kind).ShouldBe([StatementKind.Rectification, StatementKind.Problem, StatementKind.Measure, StatementKind.Measure]);
        report.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Spanned_cells_are_kept_as_empty_cells_so_columns_stay_aligned()
    {
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var wide = new DocumentFormat.OpenXml.Wordprocessing.TableCell(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("一、本年新收政府信息公开申请数量"))));
            wide.TableCellProperties = new DocumentFormat.OpenXml.Wordprocessing.TableCellProperties(new DocumentFormat.OpenXml.Wordprocessing.GridSpan { Val = 2 });
            var row = new DocumentFormat.OpenXml.Wordprocessing.TableRow(wide,
                new DocumentFormat.OpenXml.Wordprocessing.TableCell(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("5")))));
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(new DocumentFormat.OpenXml.Wordprocessing.Table(row)));
            main.Document.Save();
        }
        stream.Position = 0;
        new DocxTextExtractor().Extract(stream).Text.ShouldBe("一、本年新收政府信息公开申请数量\t\t5\n\n");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Section_and_subsection_numbers_from_word_auto_numbering_are_rendered(bool viaStyles)
    {
        var text000 = SampleCorpus.Text("000_");
        var bytes = viaStyles ? DocxBuilder.FromReportTextWithStyleNumbering(text000) : DocxBuilder.FromReportTextWithAutoNumbering(text000);
        var text = new DocxTextExtractor().Extract(new MemoryStream(bytes)).Text!;
        text.ShouldContain("\n一、总体情况\n");
        text.ShouldContain("\n（五）监督保障\n");
        text.ShouldContain("\n五、存在的主要问题及改进情况\n（一）2023 年存在问题整改情况\n"); // level 2 restarts under each section

        var report = (await new ReportFileReader().ReadAsync(new MemoryStream(bytes), "numbered.docx", CancellationToken.None)).Report!;
        report.Sections.Select(s => s.Number).ShouldBe(["一", "二", "三", "四", "五", "六"]);
        report.Sections[0].Subsections.Select(s => s.Marker).ShouldBe(["（一）", "（二）", "（三）", "（四）", "（五）"]);
        report.Statements.Select(s => s.Kind).ShouldBe([StatementKind.Rectification, StatementKind.Problem, StatementKind.Measure, StatementKind.Measure]);
    }
}
