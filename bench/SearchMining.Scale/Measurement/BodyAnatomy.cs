using System.Text.Json;
using Lucene.Net.Index;
using SearchMining.Core.Domain;
using SearchMining.Index.Schema;
using SearchMining.Index.Storage;

namespace SearchMining.Scale.Measurement;

/// <summary>
/// The stored report body's bytes part by part, summed over report documents (docs/BENCHMARKS.md "Round 15 (size)"). Each
/// part: its JSON alone (raw), that JSON Brotli-compressed alone as the body is, and its marginal share: the body's
/// compressed bytes minus the body's compressed bytes without the part. The body is the stored one, decoded
/// (<see cref="StoredReportJson.ReadBody"/>), whatever its schema; its own JSON is the body as written before schema 11.
/// </summary>
internal sealed class BodyAnatomy
{
    private static readonly JsonSerializerOptions Options = SearchMining.Core.Serialization.ReportJson.CreateOptions(indented: false);
    private static readonly HashSet<string> Fields = [IndexFields.ReportBody];

    private sealed record Part(string Name, Func<StoredReportBody, object?> Value, Func<StoredReportBody, StoredReportBody> Without);

    private static readonly Part[] Parts =
    [
        new("runs (sections' SourceRuns)", b => b.Report.Sections.Select(s => s.SourceRuns).ToList(),
            b => b with { Report = b.Report with { Sections = [.. b.Report.Sections.Select(s => s with { SourceRuns = [] })] } }),
        new("packed runs (schema 11, after the JSON)", b => b.Runs, b => b with { Runs = b.Runs is null ? null : [] }),
        new("gap positions (starts, lengths)", b => b.GapStarts is null ? null : new { b.GapStarts, b.GapLengths },
            b => b with { GapStarts = b.GapStarts is null ? null : [], GapLengths = b.GapLengths is null ? null : [] }),
        new("gap text", b => b.GapText, b => b with { GapText = b.GapText is null ? null : "" }),
        new("source text (stored whole)", b => b.Report.SourceText is { Length: > 0 } s ? s : null, b => b with { Report = b.Report with { SourceText = "" } }),
        new("tables", b => b.Report.Tables, b => b with { Report = b.Report with { Tables = new ReportTables() } }),
        new("statements", b => b.Report.Statements, b => b with { Report = b.Report with { Statements = [] } }),
        new("commitments", b => b.Report.Commitments, b => b with { Report = b.Report with { Commitments = [] } }),
        new("warnings", b => b.Report.Warnings, b => b with { Report = b.Report with { Warnings = [] } }),
        new("subsections (markers, titles, offsets)", b => b.Report.Sections.Select(s => s.Subsections).ToList(),
            b => b with { Report = b.Report with { Sections = [.. b.Report.Sections.Select(s => s with { Subsections = [] })] } }),
        new("contact, other matters", b => new { b.Report.Contact, b.Report.OtherMatters },
            b => b with { Report = b.Report with { Contact = null, OtherMatters = null } }),
    ];

    private readonly long[] _raw = new long[Parts.Length];
    private readonly long[] _alone = new long[Parts.Length];
    private readonly long[] _marginal = new long[Parts.Length];
    private readonly int[] _present = new int[Parts.Length];
    private long _stored, _json, _jsonCompressed, _rest, _restCompressed;
    private int _reports, _unreadable;

    /// <summary>Reads every live report document's body (the first <paramref name="limit"/>, 0: all).</summary>
    public void Read(IndexReader reader, int limit)
    {
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc && (limit <= 0 || _reports < limit); doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            var document = reader.Document(doc, Fields);
            if (document.GetField(IndexFields.ReportBody)?.GetBinaryValue() is not { } bytes) continue;
            _reports++;
            _stored += bytes.Length;
            if (StoredReportJson.ReadBody(document) is not { } body) { _unreadable++; continue; }
            Add(body);
        }
    }

    private void Add(StoredReportBody body)
    {
        var json = Bytes(body);
        var whole = Compressed(json);
        _json += json.Length;
        _jsonCompressed += whole;
        var rest = body;
        for (var i = 0; i < Parts.Length; i++)
        {
            var part = Parts[i];
            if (part.Value(body) is { } value)
            {
                var alone = value as byte[] ?? JsonSerializer.SerializeToUtf8Bytes(value, Options);
                _present[i]++;
                _raw[i] += alone.Length;
                _alone[i] += Compressed(alone);
            }
            _marginal[i] += whole - Compressed(Bytes(part.Without(body)));
            rest = part.Without(rest);
        }
        var restJson = Bytes(rest);
        _rest += restJson.Length;
        _restCompressed += Compressed(restJson);
    }

    private static long Compressed(byte[] bytes) => StoredReportJson.Compress(bytes).Length;

    /// <summary>The body's JSON, then its packed runs (schema 11; none before): the bytes the stored body compresses, but for the frame's 2–4 bytes.</summary>
    private static byte[] Bytes(StoredReportBody body) => [.. JsonSerializer.SerializeToUtf8Bytes(body, Options), .. body.Runs ?? []];

    public IEnumerable<string> Lines()
    {
        yield return $"{_reports:N0} report documents with a stored body ({_unreadable} unreadable): {_stored:N0} B stored; " +
                     $"its JSON {_json:N0} B, Brotli again {_jsonCompressed:N0} B";
        yield return $"{"part",-42} {"reports",8} {"raw JSON B",14} {"alone, Brotli B",16} {"marginal B",12} {"share",6}";
        for (var i = 0; i < Parts.Length; i++)
            yield return $"{Parts[i].Name,-42} {_present[i],8:N0} {_raw[i],14:N0} {_alone[i],16:N0} {_marginal[i],12:N0} {Share(_marginal[i]),6}";
        yield return $"{"the rest (report fields, section headers)",-42} {_reports - _unreadable,8:N0} {_rest,14:N0} {_restCompressed,16:N0} {"",12} {Share(_restCompressed),6}";
    }

    private string Share(long bytes) => _jsonCompressed == 0 ? "" : $"{100.0 * bytes / _jsonCompressed:0.0}%";
}
