using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Form;

/// <summary>
/// Whether the text given is only part of a report (a stored excerpt, a truncated file): it stops where no sentence or
/// date ends, or it starts at a section heading past 一 with nothing before it. Parts beyond such a cut may exist in
/// the full report, so the form rules do not call them missing.
/// </summary>
public static class TextCut
{
    private const string Closers = "。！？!?.;；）)」”』】》日完}";

    /// <summary>
    /// The text stops inside the report: its last character closes no sentence and no date (nor an 印发 line). A last
    /// number ends a cut table only in sections 一–四: old reports append their statistics table after 五/六.
    /// </summary>
    public static bool AtEnd(Report report)
    {
        var text = report.SourceText.TrimEnd();
        if (text.Length == 0 || Closers.Contains(text[^1]) || text.EndsWith("印发", StringComparison.Ordinal)) return false;
        return !char.IsAsciiDigit(text[^1]) || report.Sections.Count == 0 || report.Sections[^1].Topic is not (SectionTopic.Problems or SectionTopic.Other);
    }

    /// <summary>The text starts inside the report: its first section is not the first one and nothing stands before it.</summary>
    public static bool AtStart(Report report) =>
        report.Sections.Count > 0 && report.Sections[0].Number is not ("一" or "") &&
        report.SourceText[..report.Sections[0].SourceStart].Trim().Length == 0;

    /// <summary>The text stops inside <paramref name="section"/>: it is the last section and the text is cut at its end.</summary>
    public static bool Inside(Report report, ReportSection section) =>
        report.Sections.Count > 0 && report.Sections[^1].Ordinal == section.Ordinal && AtEnd(report);
}
