using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SearchMining.Core.Tests.Support;

/// <summary>Writes report text to a .docx: lines with tabs become rows of real Word tables, other lines paragraphs.</summary>
public static class DocxBuilder
{
    public static byte[] FromReportText(string text) => Build(text, autoNumbering: false, viaStyles: false);

    /// <summary>
    /// As <see cref="FromReportText"/>, but section headings (一、…) and subsection headings on their own line (（一）…)
    /// are numbered by a Word numbering definition (chineseCounting, "%1、" and "（%2）") instead of typed characters.
    /// </summary>
    public static byte[] FromReportTextWithAutoNumbering(string text) => Build(text, autoNumbering: true, viaStyles: false);

    /// <summary>As <see cref="FromReportTextWithAutoNumbering"/>, with the numbering carried by two paragraph styles.</summary>
    public static byte[] FromReportTextWithStyleNumbering(string text) => Build(text, autoNumbering: true, viaStyles: true);

    private static byte[] Build(string text, bool autoNumbering, bool viaStyles)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            if (autoNumbering) AddNumbering(main);
            if (viaStyles) AddHeadingStyles(main);
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
                var section = System.Text.RegularExpressions.Regex.Match(line.Trim(), @"^[一二三四五六]、(.{2,30})$");
                var sub = System.Text.RegularExpressions.Regex.Match(line.Trim(), @"^（[一二三四五]）(.{2,30})$");
                if (autoNumbering && (section.Success || sub.Success))
                {
                    var numbered = new Paragraph(new Run(new Text(section.Success ? section.Groups[1].Value : sub.Groups[1].Value)));
                    numbered.ParagraphProperties = viaStyles
                        ? new ParagraphProperties(new ParagraphStyleId { Val = section.Success ? "ReportSection" : "ReportSubsection" })
                        : new ParagraphProperties(new NumberingProperties(
                            new NumberingLevelReference { Val = section.Success ? 0 : 1 }, new NumberingId { Val = 1 }));
                    body.Append(numbered);
                    continue;
                }
                body.Append(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            }
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        var abstractNum = new AbstractNum(
            new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting }, new LevelText { Val = "%1、" }) { LevelIndex = 0 },
            new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting }, new LevelText { Val = "（%2）" }) { LevelIndex = 1 })
        { AbstractNumberId = 0 };
        part.Numbering = new Numbering(abstractNum, new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
        part.Numbering.Save();
    }

    private static void AddHeadingStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        Style Heading(string id, int level) => new(
            new StyleName { Val = id },
            new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })))
        { Type = StyleValues.Paragraph, StyleId = id };
        part.Styles = new Styles(Heading("ReportSection", 0), Heading("ReportSubsection", 1));
        part.Styles.Save();
    }
}
