using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Schema;
using Lucene.Net.Documents;
using SearchMining.Core.Domain;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Storage;

/// <summary>
/// Serialises a whole <see cref="Report"/> for the report document, so reports are served from the index. Stored
/// Brotli-compressed as one binary value: the JSON repeats the report's text several times (source, clean sections,
/// subsections, runs), and Lucene's own stored-field compression works on 16 KB chunks and so cannot see those repeats
/// (schema v4 and earlier stored the JSON as a string; both are read).
/// </summary>
public static class StoredReportJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();
    private static readonly Lazy<string> Shape = new(() => Fingerprint(JsonSchemaExporter.GetJsonSchemaAsNode(Options, typeof(Report)).ToJsonString())[..16]);

    /// <summary>
    /// A hash of the JSON schema of <see cref="Report"/> as stored: any change to the domain records (a field added,
    /// renamed or retyped) changes it, so an index of reports stored in another shape is rebuilt, never misread.
    /// </summary>
    public static string ShapeFingerprint => Shape.Value;

    public static string Serialize(Report report) => JsonSerializer.Serialize(report, Options);

    /// <summary>Null when the stored text is not a readable report (never throws).</summary>
    public static Report? TryDeserialize(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<Report>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Brotli quality of the stored JSON; the window is sized to the JSON (every repeat inside it stays visible, and the
    /// encoder does not allocate and clear a 4 MB window per report: that cost more than the compression itself).
    /// </summary>
    private const int Quality = 4;
    private const int MinWindow = 16;
    private const int MaxWindow = 22;

    /// <summary>The stored field of the report document (schema 7 and earlier: the whole report; benchmarks compare with it).</summary>
    public static StoredField ToField(string json) => new(IndexFields.ReportJson, Compress(json));

    /// <summary>Any value as the stored JSON writes it (the body's parts compared and hashed with it).</summary>
    internal static string SerializeValue<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>
    /// What the report document stores of a report (<see cref="StoredReportBody"/>), before compression. Schema 11: a zero byte,
    /// the JSON's length (varint), the body's JSON, then its packed runs (<see cref="PackedRuns"/>). Until schema 10 the
    /// body was its JSON alone (it begins with <c>{</c>; both are read).
    /// </summary>
    internal static byte[] SerializeBody(Report report)
    {
        var body = StoredReportBody.Of(report);
        var json = JsonSerializer.SerializeToUtf8Bytes(body, Options);
        var runs = body.Runs ?? [];
        var output = new List<byte>(json.Length + runs.Length + 6) { BodyFrame };
        Varint.Write(output, (uint)json.Length);
        output.AddRange(json);
        output.AddRange(runs);
        return [.. output];
    }

    /// <summary>The first byte of a schema-11 body (a JSON body begins with <c>{</c>).</summary>
    private const byte BodyFrame = 0;

    /// <summary>The stored body field of the report document, from <see cref="SerializeBody"/>.</summary>
    internal static StoredField ToBodyField(byte[] body) => new(IndexFields.ReportBody, Compress(body));

    /// <summary>A report document's <see cref="StoredReportBody"/>; null when it has none (an older schema) or it is unreadable.</summary>
    internal static StoredReportBody? ReadBody(Document? document)
    {
        if (document?.GetField(IndexFields.ReportBody)?.GetBinaryValue() is not { } bytes) return null;
        if (DecompressBytes(bytes.Bytes, bytes.Offset, bytes.Length) is not { Length: > 0 } body) return null;
        try
        {
            if (body[0] != BodyFrame) return JsonSerializer.Deserialize<StoredReportBody>(body, Options);
            var at = 1;
            if (Varint.Read(body, ref at) is not { } read32 || read32 > int.MaxValue) return null;
            var length = (int)read32;
            if (length > body.Length - at) return null;
            return JsonSerializer.Deserialize<StoredReportBody>(body.AsSpan(at, length), Options) is { } read
                ? read with { Runs = body[(at + length)..] }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The report without its text, sections, tables and warnings: what <see cref="IndexFields.ReportDigest"/> holds.</summary>
    public static Report DigestOf(Report report) => report with
    {
        SourceText = "",
        Sections = [],
        Preamble = null,
        Tables = new ReportTables(),
        OtherMatters = null,
        Warnings = [],
    };

    /// <summary>
    /// The stored digest field of a schema-9 report document (schema 10 stores none: the digest is the stored body's report
    /// with nothing removed that the digest keeps); kept for the benchmarks that compare with it.
    /// </summary>
    public static StoredField ToDigestField(Report report) => new(IndexFields.ReportDigest, Compress(Serialize(DigestOf(report))));

    /// <summary>
    /// The report digest of a report document (see <see cref="DigestOf"/>): from its digest field (schema ≤ 9), else from its
    /// stored body (schema 10: the body's report keeps everything the digest keeps), else (schema ≤ 7) from the whole report.
    /// Load <see cref="DigestFields"/>.
    /// </summary>
    public static Report? ReadDigest(Document? document)
    {
        if (document?.GetField(IndexFields.ReportDigest)?.GetBinaryValue() is { } bytes)
            return TryDeserialize(Decompress(bytes.Bytes, bytes.Offset, bytes.Length));
        if (ReadBody(document) is { } body) return DigestOf(body.Digest());
        return TryDeserialize(Read(document)) is { } report ? DigestOf(report) : null;
    }

    /// <summary>The stored fields <see cref="ReadDigest"/> reads, whatever the schema of the index.</summary>
    internal static readonly HashSet<string> DigestFields = new(StringComparer.Ordinal) { IndexFields.ReportDigest, IndexFields.ReportBody, IndexFields.ReportJson };

    /// <summary>The JSON of a report document's stored field (compressed or, from an older index, plain); null when absent or unreadable.</summary>
    public static string? Read(Document? document)
    {
        if (document?.GetField(IndexFields.ReportJson) is not { } field) return null;
        if (field.GetBinaryValue() is { } bytes) return Decompress(bytes.Bytes, bytes.Offset, bytes.Length);
        return field.GetStringValue();
    }

    internal static byte[] Compress(string json) => Compress(Encoding.UTF8.GetBytes(json));

    internal static byte[] Compress(byte[] utf8)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        var window = Math.Clamp((int)Math.Ceiling(Math.Log2(utf8.Length + 1.0)), MinWindow, MaxWindow);
        if (!BrotliEncoder.TryCompress(utf8, output, out var written, Quality, window))
            throw new InvalidOperationException("Brotli could not compress the report JSON.");
        return output.AsSpan(0, written).ToArray();
    }

    private static byte[]? DecompressBytes(byte[] bytes, int offset, int length)
    {
        try
        {
            using var input = new MemoryStream(bytes, offset, length, writable: false);
            using var brotli = new BrotliStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream(length * 4);
            brotli.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string? Decompress(byte[] bytes, int offset, int length) =>
        DecompressBytes(bytes, offset, length) is { } utf8 ? Encoding.UTF8.GetString(utf8) : null;

    /// <summary>Hex SHA-256 of the serialised report: identical content → identical fingerprint.</summary>
    public static string Fingerprint(string json) => Fingerprint(Encoding.UTF8.GetBytes(json));

    /// <summary>Hex SHA-256 of a stored body (<see cref="SerializeBody"/>).</summary>
    internal static string Fingerprint(byte[] body) => Convert.ToHexStringLower(SHA256.HashData(body));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = SearchMining.Core.Serialization.ReportJson.CreateOptions(indented: false);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
