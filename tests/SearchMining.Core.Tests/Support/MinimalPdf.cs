using System.Text;

namespace SearchMining.Core.Tests.Support;

/// <summary>
/// Writes a small PDF whose text is Chinese: a Type0 font with the predefined UniGB-UCS2-H CMap (STSong-Light, Adobe-GB1),
/// so pdftotext maps the glyphs back to Unicode without any font file. Lines are wrapped at <c>width</c> characters,
/// the way a PDF lays out a paragraph.
/// </summary>
public static class MinimalPdf
{
    public static byte[] FromLines(IEnumerable<string> paragraphs, int width = 36, int linesPerPage = 50)
    {
        var lines = paragraphs.SelectMany(p => Wrap(p, width)).ToList();
        var pages = lines.Chunk(linesPerPage).ToList();
        var objects = new List<byte[]>();
        // 1 catalog, 2 pages, 3 font, 4 descendant, 5 descriptor, then page/content pairs
        var pageIds = pages.Select((_, i) => 6 + i * 2).ToList();
        objects.Add(Ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.Add(Ascii($"<< /Type /Pages /Kids [{string.Join(" ", pageIds.Select(id => $"{id} 0 R"))}] /Count {pages.Count} >>"));
        objects.Add(Ascii("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>"));
        objects.Add(Ascii("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R >>"));
        objects.Add(Ascii("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>"));
        foreach (var (page, i) in pages.Select((p, i) => (p, i)))
        {
            var content = new StringBuilder("BT /F1 12 Tf 14 TL 40 800 Td\n");
            foreach (var line in page)
                content.Append('<').Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(line))).Append("> Tj T*\n");
            content.Append("ET\n");
            var stream = Ascii(content.ToString());
            objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {pageIds[i] + 1} 0 R >>"));
            objects.Add([.. Ascii($"<< /Length {stream.Length} >>\nstream\n"), .. stream, .. Ascii("endstream")]);
        }
        using var output = new MemoryStream();
        output.Write(Ascii("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            output.Write(Ascii($"{i + 1} 0 obj\n"));
            output.Write(objects[i]);
            output.Write(Ascii("\nendobj\n"));
        }
        var xref = output.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append($"{offset:D10} 00000 n \n");
        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Ascii(table.ToString()));
        return output.ToArray();
    }

    private static IEnumerable<string> Wrap(string paragraph, int width)
    {
        for (var i = 0; i < paragraph.Length; i += width)
            yield return paragraph.Substring(i, Math.Min(width, paragraph.Length - i));
    }

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);
}
