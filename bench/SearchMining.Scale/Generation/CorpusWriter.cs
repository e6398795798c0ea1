using System.Diagnostics;
using System.Text;
using SearchMining.Core.Parsing;

namespace SearchMining.Scale.Generation;

/// <summary>What <see cref="CorpusWriter"/> wrote: reports, UTF-8 bytes of report text, sections exported, time.</summary>
internal sealed record CorpusWriteSummary(int Reports, long TextBytes, int Sections, int ParseFailures, TimeSpan Elapsed);

/// <summary>
/// Writes reports 0…count-1 of a <see cref="ReportComposer"/> as UTF-8 files under a folder (1000 per sub-folder) with a
/// manifest.tsv, and optionally the parsed sections (id, topic, year, agency, clean text) as TSV for the Java Lucene peer, so both
/// engines index exactly the sections our parser finds. Work is split over the cores; the output does not depend on it.
/// </summary>
internal sealed class CorpusWriter(ReportComposer composer)
{
    private const int Chunk = 256;

    public CorpusWriteSummary Write(string folder, int count, string? sectionsFile, IProgress<int>? progress = null)
    {
        var watch = Stopwatch.StartNew();
        Directory.CreateDirectory(folder);
        using var manifest = new StreamWriter(Path.Combine(folder, "manifest.tsv"), false, new UTF8Encoding(false));
        manifest.WriteLine("number\tfile\tagency\tprovince\tcity\tcounty\tlevel\tyear\tbytes\tsources");
        using var sections = sectionsFile is null ? null : new StreamWriter(sectionsFile, false, new UTF8Encoding(false));
        using var parser = new ThreadLocal<ReportParser>(() => new ReportParser());
        long bytes = 0;
        var sectionCount = 0;
        var failures = 0;
        for (var start = 0; start < count; start += Chunk)
        {
            var end = Math.Min(count, start + Chunk);
            var chunk = Enumerable.Range(start, end - start).AsParallel().AsOrdered().Select(n =>
            {
                var report = composer.Compose(n);
                var data = Encoding.UTF8.GetBytes(report.Text);
                var path = Path.Combine(folder, report.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, data);
                var lines = sections is null ? null : SectionLines(parser.Value!, report);
                return (report, data.Length, lines);
            }).ToList();
            foreach (var (report, length, lines) in chunk)
            {
                var a = report.Agency;
                manifest.WriteLine(string.Join('\t', report.Number, report.RelativePath.Replace('\\', '/'), a.Name, a.Province, a.City, a.County ?? "",
                    a.Level, report.Year, length, string.Join(',', report.SourceFiles)));
                bytes += length;
                if (lines is null) continue;
                if (lines.Count == 0) failures++;
                foreach (var line in lines) sections!.WriteLine(line);
                sectionCount += lines.Count;
            }
            progress?.Report(end);
        }
        return new CorpusWriteSummary(count, bytes, sectionCount, failures, watch.Elapsed);
    }

    /// <summary>One TSV line per parsed section: report-number#ordinal, topic, year, agency, clean text (tabs and line breaks flattened).</summary>
    private static List<string> SectionLines(ReportParser parser, GeneratedReport report)
    {
        var parsed = parser.Parse(report.Text, Path.GetFileName(report.RelativePath)).Report;
        if (parsed is null) return [];
        return parsed.Sections.Select(s =>
            $"{report.Number}#{s.Ordinal}\t{s.Topic.ToString().ToLowerInvariant()}\t{parsed.Year ?? report.Year}\t{parsed.Agency}\t{Flatten(s.Text)}").ToList();
    }

    private static string Flatten(string text) => text.Replace('\t', ' ').Replace("\r", "").Replace('\n', '\u2028');
}
