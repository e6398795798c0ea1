using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Bench.Shared;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Core.Parsing;
using SearchMining.Corpus.Storage;
using SearchMining.Index.Schema;
using SearchMining.Index.Storage;

namespace SearchMining.Scale.Measurement;

/// <summary>
/// Whether every section document's stored <c>text</c> could be rebuilt from the kept original (issue 18, docs/SCALING.md
/// "Round 18 (size)"), and what reading it that way would cost. Per live report: its newest kept original (not being
/// removed) is extracted with the extractor its format takes and normalised (<see cref="SourceTextNormalizer"/>), and
/// compared with the indexed <see cref="Report.SourceText"/>; each numbered section is rebuildable when that source is the
/// indexed one and every run (<see cref="ReportSection.SourceRuns"/>) copies its characters verbatim — the rest of the
/// section text (what no run covers: the line breaks and spaces the parser puts between lines) would stay stored, and its
/// packed size (varint position step and length per stretch, then the characters in UTF-8) is counted. The preamble has no
/// runs in a report and stays stored. Times are thread CPU: the stored path reads each section document's <c>text</c>
/// by doc id (as a hit does); the originals path reads the bytes from the store, extracts and normalises them, and copies
/// the runs into each section's text.
/// </summary>
internal sealed class SectionSources
{
    private static readonly HashSet<string> ReportFields = [IndexFields.ReportBody, IndexFields.ReportJson];
    private static readonly HashSet<string> TextField = [IndexFields.Text, IndexFields.SectionId];

    private readonly TextDecoder _decoder = new();
    private readonly HtmlTextExtractor _html = new();
    private readonly DocxTextExtractor _docx = new();
    private readonly PdfTextExtractor _pdf = new();
    private readonly SortedDictionary<string, Tally> _byFormat = new(StringComparer.Ordinal);
    private int _reports, _unreadable, _withoutOriginal, _misplaced, _withTextNotRebuilt;
    private IndexWriter? _kept;
    private long _storedNs, _readNs, _extractNs, _rebuildNs, _preambleBytes, _preambles;

    private sealed class Tally
    {
        public int Reports, SourceExact, Sections, Rebuildable, NotVerbatim, NoRuns;
        public long TextBytes, RebuildableBytes, RunChars, InsertedChars, Stretches, KeptPacked, OriginalBytes;
    }

    /// <summary>
    /// Reads every live report (the first <paramref name="limit"/>, 0: all). With <paramref name="kept"/>, writes one document
    /// per section document of the report block holding what it would store instead of its text: the text itself (the
    /// preamble, a section that cannot be rebuilt) or, binary, the original's key (8 bytes of its SHA-256) and the packed
    /// stretches no run covers — so that the kept bytes are compressed as the index's codec compresses them.
    /// </summary>
    public void Read(IndexReader reader, OriginalStore store, int limit, IndexWriter? kept = null)
    {
        _kept = kept;
        var originals = store.List().Where(o => o.PendingRemoval is null)
            .GroupBy(o => o.ReportId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(o => o.Sequence)!, StringComparer.Ordinal);
        var searcher = new IndexSearcher(reader);
        var top = searcher.Search(new TermQuery(new Term(IndexFields.DocKind, DocumentKinds.Report)), Math.Max(1, reader.MaxDoc));
        foreach (var doc in top.ScoreDocs.Select(d => d.Doc).Order())
        {
            if (limit > 0 && _reports >= limit) break;
            _reports++;
            var document = reader.Document(doc, ReportFields);
            if (StoredReportJson.ReadBody(document) is not { } body || StoredReportLoader.Load(reader, doc, document) is not { } report)
            {
                _unreadable++;
                continue;
            }
            TimeStoredTexts(reader, doc, body);
            if (report.PreambleSection() is { } preamble)
            {
                _preambles++;
                _preambleBytes += Encoding.UTF8.GetByteCount(preamble.Text);
                Keep(preamble.Text);
            }
            if (!originals.TryGetValue(report.Id, out var original))
            {
                _withoutOriginal++;
                _withTextNotRebuilt += report.Sections.Count(section => section.Text.Length > 0);
                foreach (var section in report.Sections) Keep(section.Text);
                continue;
            }
            Compare(report, original, store);
        }
    }

    /// <summary>The stored path: each section document of the report's block, its <c>text</c> read by doc id.</summary>
    private void TimeStoredTexts(IndexReader reader, int reportDoc, StoredReportBody body)
    {
        var block = body.Block().ToList();
        var position = reportDoc - block.Sum(b => 1 + b.Subsections);
        var start = ThreadCpuTime.Nanoseconds() ?? 0;
        foreach (var (ordinal, subsections) in block)
        {
            var section = reader.Document(position, TextField);
            if (!string.Equals(section.Get(IndexFields.SectionId), new SectionId(body.Report.Id, ordinal).ToString(), StringComparison.Ordinal)) _misplaced++;
            position += 1 + subsections;
        }
        _storedNs += (ThreadCpuTime.Nanoseconds() ?? 0) - start;
    }

    private void Compare(Report report, StoredOriginal original, OriginalStore store)
    {
        var format = FormatOf(original);
        if (!_byFormat.TryGetValue(format, out var tally)) _byFormat[format] = tally = new Tally();
        tally.Reports++;
        var t0 = ThreadCpuTime.Nanoseconds() ?? 0;
        var bytes = store.ReadContent(original.Sequence);
        var t1 = ThreadCpuTime.Nanoseconds() ?? 0;
        var extracted = bytes is null ? null : Extract(bytes, format);
        var source = extracted?.Text is { } text ? SourceTextNormalizer.Normalize(text) : null;
        var t2 = ThreadCpuTime.Nanoseconds() ?? 0;
        _readNs += t1 - t0;
        _extractNs += t2 - t1;
        tally.OriginalBytes += bytes?.LongLength ?? 0;
        var exact = source is not null && string.Equals(source, report.SourceText, StringComparison.Ordinal);
        if (exact) tally.SourceExact++;
        var kept = new List<(ReportSection Section, List<(int Start, string Text)> Stretches)>();
        foreach (var section in report.Sections)
        {
            tally.Sections++;
            var bytesOf = Encoding.UTF8.GetByteCount(section.Text);
            tally.TextBytes += bytesOf;
            if (section.SourceRuns.Count == 0 || !exact || !Verbatim(section, source!))
            {
                if (section.SourceRuns.Count == 0) tally.NoRuns++;
                else tally.NotVerbatim++;
                if (section.Text.Length > 0) _withTextNotRebuilt++;
                Keep(section.Text);
                continue;
            }
            var stretches = Stretches(section);
            Keep(original.Sha256, stretches);
            tally.Rebuildable++;
            tally.RebuildableBytes += bytesOf;
            tally.RunChars += section.SourceRuns.Sum(r => r.Length);
            tally.InsertedChars += stretches.Sum(s => s.Text.Length);
            tally.Stretches += stretches.Count;
            tally.KeptPacked += Packed(stretches);
            kept.Add((section, stretches));
        }
        if (kept.Count == 0) return;
        var t3 = ThreadCpuTime.Nanoseconds() ?? 0;
        foreach (var (section, stretches) in kept)
        {
            var rebuilt = Rebuild(section.Text.Length, section.SourceRuns, stretches, source!);
            if (!string.Equals(rebuilt, section.Text, StringComparison.Ordinal)) throw new InvalidOperationException($"{report.Id} §{section.Ordinal}: rebuilt text differs");
        }
        _rebuildNs += (ThreadCpuTime.Nanoseconds() ?? 0) - t3;
    }

    private void Keep(string text)
    {
        if (_kept is null) return;
        _kept.AddDocument(new Document { new StoredField(IndexFields.Text, text) });
    }

    private void Keep(string sha256, List<(int Start, string Text)> stretches)
    {
        if (_kept is null) return;
        var bytes = new List<byte>(Convert.FromHexString(sha256[..16]));
        Varint.Write(bytes, (uint)stretches.Count);
        var previous = 0;
        foreach (var (start, text) in stretches)
        {
            Varint.Write(bytes, (uint)(start - previous));
            Varint.Write(bytes, (uint)text.Length);
            bytes.AddRange(Encoding.UTF8.GetBytes(text));
            previous = start + text.Length;
        }
        _kept.AddDocument(new Document { new StoredField(IndexFields.Text, bytes.ToArray()) });
    }

    private static bool Verbatim(ReportSection section, string source) => section.SourceRuns.All(r =>
        r.Length >= 0 && r.TextStart >= 0 && r.SourceStart >= 0 && r.TextStart + r.Length <= section.Text.Length && r.SourceStart + r.Length <= source.Length &&
        source.AsSpan(r.SourceStart, r.Length).SequenceEqual(section.Text.AsSpan(r.TextStart, r.Length)));

    /// <summary>The stretches of the section text no run covers: what would stay stored.</summary>
    private static List<(int Start, string Text)> Stretches(ReportSection section)
    {
        var covered = new bool[section.Text.Length];
        foreach (var run in section.SourceRuns) Array.Fill(covered, true, run.TextStart, run.Length);
        var stretches = new List<(int, string)>();
        for (var i = 0; i < covered.Length;)
        {
            if (covered[i]) { i++; continue; }
            var start = i;
            while (i < covered.Length && !covered[i]) i++;
            stretches.Add((start, section.Text[start..i]));
        }
        return stretches;
    }

    private static long Packed(List<(int Start, string Text)> stretches)
    {
        long size = VarintSize(stretches.Count);
        var previous = 0;
        foreach (var (start, text) in stretches)
        {
            size += VarintSize(start - previous) + VarintSize(text.Length) + Encoding.UTF8.GetByteCount(text);
            previous = start + text.Length;
        }
        return size;
    }

    private static int VarintSize(int value)
    {
        var size = 1;
        for (var v = (uint)value; v >= 0x80; v >>= 7) size++;
        return size;
    }

    private static string Rebuild(int length, IReadOnlyList<TextRun> runs, List<(int Start, string Text)> stretches, string source)
    {
        var chars = new char[length];
        foreach (var (start, text) in stretches) text.CopyTo(chars.AsSpan(start));
        foreach (var run in runs) source.AsSpan(run.SourceStart, run.Length).CopyTo(chars.AsSpan(run.TextStart));
        return new string(chars);
    }

    /// <summary>The extractor a kept original takes (as <see cref="ReportFileReader"/> picks it: a recovered text is plain text).</summary>
    private static string FormatOf(StoredOriginal original)
    {
        if (original.Origin == OriginalOrigin.Recovered) return "recovered";
        var extension = Path.GetExtension(original.FileName).ToLowerInvariant();
        return extension switch
        {
            ".txt" or ".text" or ".md" => "text",
            ".html" or ".htm" => "html",
            ".docx" => "docx",
            ".pdf" => "pdf",
            _ => "other " + extension,
        };
    }

    private ExtractedText? Extract(byte[] bytes, string format)
    {
        if (bytes.AsSpan().StartsWith("%PDF"u8)) return _pdf.ExtractAsync(bytes, CancellationToken.None).GetAwaiter().GetResult();
        if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8)) { using var zip = new MemoryStream(bytes, writable: false); return _docx.Extract(zip); }
        return format switch
        {
            "text" or "recovered" => _decoder.Decode(bytes),
            "html" => _decoder.Decode(bytes) is { Text: { } html } ? _html.Extract(html) : null,
            _ => null,
        };
    }

    /// <summary>Live reports read.</summary>
    public int Reports => _reports;

    /// <summary>Reports whose newest kept original extracts and normalises to the indexed source text, ordinal-equal.</summary>
    public int SourcesExact => _byFormat.Values.Sum(t => t.SourceExact);

    /// <summary>Numbered sections rebuilt exactly from the original through their runs.</summary>
    public int Rebuildable => _byFormat.Values.Sum(t => t.Rebuildable);

    /// <summary>Numbered sections with text that could not be rebuilt (no original, a source that differs, a run that does not copy it, no runs).</summary>
    public int WithTextNotRebuilt => _withTextNotRebuilt;

    public IEnumerable<string> Lines()
    {
        static double Ms(long ns, int n) => n == 0 ? 0 : ns / 1e6 / n;
        var withOriginal = _reports - _withoutOriginal - _unreadable;
        yield return $"reports {_reports:N0}: unreadable {_unreadable}, without a kept original {_withoutOriginal}, section documents not at their block position {_misplaced}";
        yield return $"preambles {_preambles:N0}: {_preambleBytes:N0} B of text (no runs: stays stored)";
        foreach (var (format, t) in _byFormat)
        {
            yield return $"{format}: {t.Reports:N0} reports ({t.OriginalBytes:N0} B of originals), source text extracted exactly {t.SourceExact:N0}; " +
                         $"sections {t.Sections:N0}: rebuildable {t.Rebuildable:N0}, a run not verbatim or the source differs {t.NotVerbatim:N0}, no runs {t.NoRuns:N0}";
            yield return $"  section text {t.TextBytes:N0} B (UTF-8), of which rebuildable {t.RebuildableBytes:N0} B; run characters {t.RunChars:N0}, " +
                         $"characters no run covers {t.InsertedChars:N0} in {t.Stretches:N0} stretches: kept packed {t.KeptPacked:N0} B";
        }
        yield return $"thread CPU a report: stored texts read by doc id {Ms(_storedNs, _reports):0.000} ms; from the original: bytes read {Ms(_readNs, withOriginal):0.000} ms, " +
                     $"extracted and normalised {Ms(_extractNs, withOriginal):0.000} ms, sections rebuilt {Ms(_rebuildNs, withOriginal):0.000} ms";
    }
}
