using System.IO.Compression;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using SearchMining.Core.Domain;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Views;

/// <summary>
/// The report document's view doc values, written at ingest: <see cref="IndexFields.ViewRow"/> (a
/// <see cref="ReportViewRow"/>), <see cref="IndexFields.ViewCommitments"/> and <see cref="IndexFields.ViewStatements"/>
/// (the report's commitments and section-五 statements, as its digest holds them). Each value is JSON, Brotli-compressed
/// when longer than <see cref="PlainLimit"/> bytes, behind one tag byte; a value Lucene could not hold (over
/// <see cref="MaxValueBytes"/>) is written as <see cref="TagInDigest"/>: the reader takes that report's stored digest instead.
/// </summary>
public static class ReportViewFields
{
    /// <summary>Lucene 4.8 keeps a binary doc value of at most 32,766 bytes.</summary>
    public const int MaxValueBytes = 32_766;

    /// <summary>Values up to this many bytes of JSON are kept plain (decoding them costs less than decompressing).</summary>
    public const int PlainLimit = 512;

    internal const byte TagPlain = 0;
    internal const byte TagBrotli = 1;
    internal const byte TagInDigest = 2;

    /// <summary>
    /// Schema 12, <see cref="IndexFields.ViewCommitments"/> only: the commitments are the report's measure statements as the
    /// parser copies them (<c>StoredReportBody.CommitmentsOf</c>), made again from <see cref="IndexFields.ViewStatements"/>
    /// and the row's agency, year and id (<see cref="Commitments"/>).
    /// </summary>
    internal const byte TagFromStatements = 3;

    private const int Quality = 4;
    private const int Window = 16;

    internal static readonly JsonSerializerOptions Json = CreateOptions();

    /// <summary>The three view doc values of <paramref name="report"/>'s report document.</summary>
    public static IEnumerable<Field> Of(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        yield return new BinaryDocValuesField(IndexFields.ViewRow, Encode(ReportViewRow.Of(report)));
        var statements = Encode(report.Statements);
        yield return new BinaryDocValuesField(IndexFields.ViewCommitments, CommitmentsValue(report, statements));
        yield return new BinaryDocValuesField(IndexFields.ViewStatements, statements);
    }

    /// <summary>
    /// The <see cref="IndexFields.ViewCommitments"/> value: <see cref="TagFromStatements"/> when the statements' value holds
    /// them (not <see cref="TagInDigest"/>) and the commitments made again from them are the report's (<c>StoredReportBody.CommitmentsAreItsMeasures</c>);
    /// otherwise the commitments themselves.
    /// </summary>
    internal static BytesRef CommitmentsValue(Report report, BytesRef statements)
    {
        var derived = statements.Length > 1 || statements.Bytes[statements.Offset] != TagInDigest;
        if (derived && Storage.StoredReportBody.CommitmentsAreItsMeasures(report)) return new BytesRef([TagFromStatements]);
        return Encode(report.Commitments);
    }

    /// <summary>Whether a <see cref="IndexFields.ViewCommitments"/> value says "made from the statements".</summary>
    internal static bool IsFromStatements(BytesRef value) => value.Length == 1 && value.Bytes[value.Offset] == TagFromStatements;

    /// <summary>
    /// The commitments of a report document from its <see cref="IndexFields.ViewCommitments"/> value, made again from its
    /// decoded statements when the value says so (null statements: null); null when the value says "read the digest".
    /// </summary>
    internal static List<Commitment>? Commitments(BytesRef value, ReportViewRow row, Func<IReadOnlyList<Statement>?> statements) =>
        IsFromStatements(value)
            ? statements() is { } list ? Storage.StoredReportBody.CommitmentsOf(row.Agency, row.Year, row.Id, list) : null
            : Decode<List<Commitment>>(value);

    internal static BytesRef Encode<T>(T value)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, Json);
        byte[] encoded;
        if (json.Length <= PlainLimit)
        {
            encoded = new byte[json.Length + 1];
            encoded[0] = TagPlain;
            json.CopyTo(encoded, 1);
        }
        else
        {
            var output = new byte[BrotliEncoder.GetMaxCompressedLength(json.Length) + 1];
            if (!BrotliEncoder.TryCompress(json, output.AsSpan(1), out var written, Quality, Window))
                throw new InvalidOperationException("Brotli could not compress a report's view value.");
            output[0] = TagBrotli;
            encoded = output.AsSpan(0, written + 1).ToArray();
        }
        return new BytesRef(encoded.Length <= MaxValueBytes ? encoded : [TagInDigest]);
    }

    /// <summary>The value of a doc value written by <see cref="Encode{T}"/>; default when it says "read the digest" (or is unreadable).</summary>
    internal static T? Decode<T>(BytesRef value) where T : class
    {
        if (value.Length == 0) return null;
        var tag = value.Bytes[value.Offset];
        var payload = new ReadOnlySpan<byte>(value.Bytes, value.Offset + 1, value.Length - 1);
        try
        {
            switch (tag)
            {
                case TagPlain:
                    return JsonSerializer.Deserialize<T>(payload, Json);
                case TagBrotli:
                    using (var input = new MemoryStream(value.Bytes, value.Offset + 1, value.Length - 1, writable: false))
                    using (var brotli = new BrotliStream(input, CompressionMode.Decompress))
                        return JsonSerializer.Deserialize<T>(brotli, Json);
                default:
                    return null;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            return null;
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = Core.Serialization.ReportJson.CreateOptions(indented: false);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

}
