using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Evidence;

/// <summary>Sentences, headings, dates and phrases as check evidence, with offsets in the report's source text.</summary>
public static class Sentences
{
    /// <summary>Text at <c>[start, end)</c> of <paramref name="report"/>'s source text.</summary>
    public static CheckEvidence At(Report report, int start, int end, EvidenceKind kind = EvidenceKind.Sentence, string? label = null, bool fromOther = false) => new()
    {
        Kind = kind,
        Text = start >= 0 && end <= report.SourceText.Length && start < end ? report.SourceText[start..end] : "",
        Label = label,
        SourceStart = start,
        SourceEnd = end,
        ReportId = fromOther ? report.Id : null,
        Year = fromOther ? report.Year : null,
    };

    /// <summary>Text at <c>[start, end)</c> of a section's clean text, mapped back to the source.</summary>
    public static CheckEvidence InSection(Report report, ReportSection section, int start, int end, EvidenceKind kind = EvidenceKind.Sentence, string? label = null, bool fromOther = false)
    {
        var sourceStart = section.SourceOffsetOf(start);
        var sourceEnd = end > start ? section.SourceOffsetOf(end - 1) + 1 : sourceStart;
        return new CheckEvidence
        {
            Kind = kind,
            Text = section.Text[start..end],
            Label = label ?? $"第{section.Number}部分",
            SourceStart = sourceStart,
            SourceEnd = sourceStart < 0 || sourceEnd <= sourceStart ? -1 : sourceEnd,
            ReportId = fromOther ? report.Id : null,
            Year = fromOther ? report.Year : null,
        };
    }

    /// <summary>A section heading (its first line).</summary>
    public static CheckEvidence Heading(Report report, ReportSection section)
    {
        var end = Math.Min(section.SourceEnd, section.SourceStart + section.Number.Length + section.Title.Length + 8);
        var newline = report.SourceText.IndexOf('\n', section.SourceStart, Math.Max(0, end - section.SourceStart));
        return At(report, section.SourceStart, newline > 0 ? newline : end, EvidenceKind.Heading, $"{section.Number}、{section.Title}");
    }
}
