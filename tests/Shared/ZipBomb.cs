using System.IO.Compression;
using System.Text;

namespace SearchMining.Tests.Shared;

/// <summary>
/// Builds .docx-shaped zip bombs without inflating them first: word/document.xml is one small compressed block of
/// zeros repeated (a valid deflate stream), so a 1 GiB entry costs about 1 MB of file and a few milliseconds to make.
/// </summary>
internal static class ZipBomb
{
    private const int ChunkBytes = 1 << 20;

    /// <param name="inflatedBytes">What word/document.xml really inflates to (a multiple of 1 MiB).</param>
    /// <param name="declaredBytes">The uncompressed size the headers claim (null: the truth; smaller: a forged header).</param>
    public static byte[] Docx(long inflatedBytes, long? declaredBytes = null)
    {
        var chunk = DeflatedZeros(out var tail);
        var chunks = inflatedBytes / ChunkBytes;
        var body = new MemoryStream();
        for (var i = 0; i < chunks; i++) body.Write(chunk);
        body.Write(tail);
        var entries = new List<(string Name, byte[] Data, uint Crc, long Size, ushort Method)>
        {
            Stored("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""),
            Stored("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
            ("word/document.xml", body.ToArray(), 0, declaredBytes ?? chunks * ChunkBytes, 8),
        };
        return Write(entries);
    }

    /// <summary>1 MiB of zeros deflated and sync-flushed (ends on a byte boundary, not final), and the final empty block.</summary>
    private static byte[] DeflatedZeros(out byte[] tail)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(new byte[ChunkBytes]);
            deflate.Flush();
            var flushed = output.ToArray();
            tail = [0x03, 0x00]; // a final fixed-Huffman block holding only end-of-block
            return flushed;
        }
    }

    private static (string, byte[], uint, long, ushort) Stored(string name, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return (name, bytes, Crc32(bytes), bytes.Length, 0);
    }

    private static byte[] Write(List<(string Name, byte[] Data, uint Crc, long Size, ushort Method)> entries)
    {
        using var zip = new MemoryStream();
        using var w = new BinaryWriter(zip);
        var offsets = new List<uint>();
        foreach (var e in entries)
        {
            offsets.Add((uint)zip.Position);
            var name = Encoding.UTF8.GetBytes(e.Name);
            w.Write(0x04034b50u); w.Write((ushort)20); w.Write((ushort)0); w.Write(e.Method); w.Write((ushort)0); w.Write((ushort)0x21);
            w.Write(e.Crc); w.Write((uint)e.Data.Length); w.Write((uint)e.Size); w.Write((ushort)name.Length); w.Write((ushort)0);
            w.Write(name); w.Write(e.Data);
        }
        var directory = (uint)zip.Position;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var name = Encoding.UTF8.GetBytes(e.Name);
            w.Write(0x02014b50u); w.Write((ushort)20); w.Write((ushort)20); w.Write((ushort)0); w.Write(e.Method); w.Write((ushort)0); w.Write((ushort)0x21);
            w.Write(e.Crc); w.Write((uint)e.Data.Length); w.Write((uint)e.Size); w.Write((ushort)name.Length); w.Write((ushort)0); w.Write((ushort)0);
            w.Write((ushort)0); w.Write((ushort)0); w.Write(0u); w.Write(offsets[i]); w.Write(name);
        }
        var size = (uint)zip.Position - directory;
        w.Write(0x06054b50u); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)entries.Count); w.Write((ushort)entries.Count);
        w.Write(size); w.Write(directory); w.Write((ushort)0);
        w.Flush();
        return zip.ToArray();
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
