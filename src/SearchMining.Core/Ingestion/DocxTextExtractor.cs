using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParseErrorKind = SearchMining.Core.Domain.ParseErrorKind;

namespace SearchMining.Core.Ingestion;

/// <summary>Text of a .docx: one line per paragraph (with its automatic numbering rendered), one line per table row with its cells separated by tabs (spanned cells repeated as empty cells).</summary>
public sealed class DocxTextExtractor
{
    public ExtractedText Extract(Stream content)
    {
        try
        {
            using var document = WordprocessingDocument.Open(content, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null) return ExtractedText.Failed(ParseErrorKind.Unreadable, "The .docx has no document body.");
            var sb = new StringBuilder();
            AppendBlocks(body.ChildElements, sb, new DocxNumbering(document.MainDocumentPart));
            return ExtractedText.Of(sb.ToString());
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            return ExtractedText.Failed(ParseErrorKind.Unreadable, $"The file is not a readable .docx: {ex.Message}");
        }
    }

    private static void AppendBlocks(IEnumerable<OpenXmlElement> elements, StringBuilder sb, DocxNumbering numbering)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph p:
                    sb.Append(numbering.Next(p)).Append(ParagraphText(p)).Append('\n');
                    break;
                case Table t:
                    AppendTable(t, sb);
                    break;
                case SdtBlock sdt:
                    AppendBlocks(sdt.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>(), sb, numbering);
                    break;
            }
        }
    }

    private static void AppendTable(Table table, StringBuilder sb)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>())
            {
                var text = string.Join("", cell.Elements<Paragraph>().Select(ParagraphText)).Replace('\t', ' ').Trim();
                cells.Add(text);
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                for (var i = 1; i < span; i++) cells.Add("");
            }
            sb.Append(string.Join('\t', cells)).Append('\n');
        }
        sb.Append('\n');
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break: sb.Append('\n'); break;
            }
        }
        return sb.ToString();
    }
}
