using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SearchMining.Core.Tests.Support;

/// <summary>Writes report text to a .docx: lines with tabs become rows of real Word tables, other lines paragraphs.</summary>
public static class DocxBuilder
{
    public static byte[] FromReportText(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            Table? table = null;
            foreach (var line in text.Replace("\r", "").Split('\n'))
            {
                if (line.Contains('\t'))
                {
                    if (table is null) { table = new Table(); body.Append(table); }
                    var row = new TableRow();
                    foreach (var cell in line.Split('\t'))
                        row.Append(new TableCell(new Paragraph(new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve }))));
                    table.Append(row);
                    continue;
                }
                table = null;
                if (line.Trim().Length == 0) continue;
                body.Append(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            }
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }
}
