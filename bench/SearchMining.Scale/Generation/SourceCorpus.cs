using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;

namespace SearchMining.Scale.Generation;

/// <summary>
/// The real reports the generator recombines: every report under the source folders whose parse has the six sections of
/// the 2019/2021 national template in order (一 总体情况 … 六 其他需要报告的事项) and a year. Partial texts and older
/// templates are left out, so a recombined report always has a complete, well-formed structure.
/// </summary>
internal sealed class SourceCorpus
{
    /// <summary>The section topics of the national template, in order: the slots of a generated report.</summary>
    public static readonly IReadOnlyList<SectionTopic> TemplateTopics =
        [SectionTopic.Overview, SectionTopic.Proactive, SectionTopic.Applications, SectionTopic.ReviewLitigation, SectionTopic.Problems, SectionTopic.Other];

    private SourceCorpus(IReadOnlyList<SourceReport> reports, IReadOnlyList<string> skipped)
    {
        Reports = reports;
        Skipped = skipped;
    }

    public IReadOnlyList<SourceReport> Reports { get; }

    /// <summary>Source files left out (partial, older template, unparseable), with the reason.</summary>
    public IReadOnlyList<string> Skipped { get; }

    public static async Task<SourceCorpus> LoadAsync(IEnumerable<string> folders, CancellationToken ct = default)
    {
        var reader = new ReportFileReader();
        var reports = new List<SourceReport>();
        var skipped = new List<string>();
        var files = folders.SelectMany(f => Directory.Exists(f)
                ? Directory.EnumerateFiles(f, "*.txt", SearchOption.AllDirectories)
                : File.Exists(f) ? [f] : [])
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var outcome = await reader.ReadAsync(file, ct);
            if (outcome.Report is not { } report)
            {
                skipped.Add($"{file}: {outcome.Error?.Kind}");
                continue;
            }
            if (!HasTemplateSections(report))
            {
                skipped.Add($"{file}: sections {string.Join(",", report.Sections.Select(s => s.Topic))}");
                continue;
            }
            reports.Add(SourceReport.From(report));
        }
        if (reports.Count == 0)
            throw new InvalidOperationException("No source report with the six template sections was found in: " + string.Join(", ", folders));
        return new SourceCorpus(reports, skipped);
    }

    private static bool HasTemplateSections(Report report) =>
        report.Year is not null
        && report.Agency is not null
        && report.Sections.Count == TemplateTopics.Count
        && report.Sections.Select(s => s.Topic).SequenceEqual(TemplateTopics)
        && report.Sections.All(s => s.Text.Length > 0);
}
