namespace SearchMining.Index.Storage;

/// <summary>
/// Unsigned LEB128 varints, seven bits a byte, low bits first (schema 11's stored report body: the JSON's length in its
/// frame, <see cref="StoredReportJson.SerializeBody"/>, and the packed runs, <see cref="PackedRuns"/>).
/// </summary>
internal static class Varint
{
    public static void Write(List<byte> output, uint value)
    {
        while (value >= 0x80)
        {
            output.Add((byte)(value | 0x80));
            value >>= 7;
        }
        output.Add((byte)value);
    }

    /// <summary>The varint at <paramref name="at"/>, which moves past it; null when the bytes end first or it runs past five bytes.</summary>
    public static uint? Read(ReadOnlySpan<byte> bytes, ref int at)
    {
        uint value = 0;
        for (var shift = 0; shift < 35 && at < bytes.Length; shift += 7)
        {
            var b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        return null;
    }
}
