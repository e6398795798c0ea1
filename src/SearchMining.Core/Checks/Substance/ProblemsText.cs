using SearchMining.Core.Checks.Evidence;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Substance;

/// <summary>
/// The text of section 五 (存在的主要问题及改进情况) — of every part with that topic, joined by line breaks when an older
/// template splits problems and measures — with offsets that map back to the source.
/// </summary>
public sealed class ProblemsText
{
    private readonly Report _report;
    private readonly List<(int Start, ReportSection Section)> _parts;

    private ProblemsText(Report report, string text, List<(int, ReportSection)> parts)
    {
        _report = report;
        Text = text;
        _parts = parts;
    }

    public string Text { get; }

    public IReadOnlyList<ReportSection> Sections => [.. _parts.Select(p => p.Section)];

    /// <summary>Null when the report has no problems section.</summary>
    public static ProblemsText? Of(Report report)
    {
        var sections = report.Sections.Where(s => s.Topic == SectionTopic.Problems).ToList();
        if (sections.Count == 0) return null;
        var parts = new List<(int, ReportSection)>();
        var text = new System.Text.StringBuilder();
        foreach (var section in sections)
        {
            if (text.Length > 0) text.Append('\n');
            parts.Add((text.Length, section));
            text.Append(section.Text);
        }
        return new ProblemsText(report, text.ToString(), parts);
    }

    /// <summary>Evidence for <c>[start, end)</c> of <see cref="Text"/>, mapped to the source of the report.</summary>
    public CheckEvidence Evidence(int start, int end, EvidenceKind kind = EvidenceKind.Sentence, string? label = null, bool fromOther = false)
    {
        var (partStart, section) = _parts.Last(p => p.Start <= start);
        var localStart = start - partStart;
        var localEnd = Math.Min(end - partStart, section.Text.Length);
        return Sentences.InSection(_report, section, localStart, Math.Max(localStart, localEnd), kind, label, fromOther);
    }
}
