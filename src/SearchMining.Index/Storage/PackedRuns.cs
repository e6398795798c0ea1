using SearchMining.Core.Domain;

namespace SearchMining.Index.Storage;

/// <summary>
/// The sections' <see cref="ReportSection.SourceRuns"/> as varints (schema 11, <see cref="StoredReportBody"/>): for each
/// section in order its run count, then each run as the distance from the previous run's end in the section text and in
/// the source (zigzag: either may go back) and its length. A run of the parser starts where the last one ended, or a
/// character or two later, so most numbers take one byte where the JSON of a run took ~45.
/// </summary>
internal static class PackedRuns
{
    public static byte[] Pack(IReadOnlyList<ReportSection> sections)
    {
        var output = new List<byte>(sections.Sum(s => s.SourceRuns.Count) * 4 + sections.Count);
        foreach (var section in sections)
        {
            Write(output, (uint)section.SourceRuns.Count);
            int textEnd = 0, sourceEnd = section.SourceStart;
            foreach (var run in section.SourceRuns)
            {
                Write(output, ZigZag(run.TextStart - textEnd));
                Write(output, ZigZag(run.SourceStart - sourceEnd));
                Write(output, ZigZag(run.Length));
                textEnd = run.TextStart + run.Length;
                sourceEnd = run.SourceStart + run.Length;
            }
        }
        return [.. output];
    }

    /// <summary>Each section's runs, in the order of <paramref name="sections"/>; null when the bytes do not fit them.</summary>
    public static List<TextRun[]>? Unpack(ReadOnlySpan<byte> bytes, IReadOnlyList<ReportSection> sections)
    {
        var at = 0;
        var runs = new List<TextRun[]>(sections.Count);
        foreach (var section in sections)
        {
            if (Read(bytes, ref at) is not { } count || count > bytes.Length) return null;
            var list = new TextRun[count];
            int textEnd = 0, sourceEnd = section.SourceStart;
            for (var i = 0; i < list.Length; i++)
            {
                if (Read(bytes, ref at) is not { } text || Read(bytes, ref at) is not { } source || Read(bytes, ref at) is not { } length) return null;
                var run = new TextRun(textEnd + UnZigZag(text), sourceEnd + UnZigZag(source), UnZigZag(length));
                list[i] = run;
                textEnd = run.TextStart + run.Length;
                sourceEnd = run.SourceStart + run.Length;
            }
            runs.Add(list);
        }
        return at == bytes.Length ? runs : null;
    }

    private static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));

    private static int UnZigZag(uint value) => (int)(value >> 1) ^ -(int)(value & 1);

    private static void Write(List<byte> output, uint value) => Varint.Write(output, value);

    private static uint? Read(ReadOnlySpan<byte> bytes, ref int at) => Varint.Read(bytes, ref at);
}
