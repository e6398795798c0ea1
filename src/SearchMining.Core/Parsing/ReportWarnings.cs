using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing;

/// <summary>Warnings about what a report lacks: missing or empty sections, truncation, unknown agency or year.</summary>
public static class ReportWarnings
{
    private static readonly IReadOnlyList<(SectionTopic Topic, string Number)> Expected =
    [
        (SectionTopic.Overview, "一"), (SectionTopic.Proactive, "二"), (SectionTopic.Applications, "三"),
        (SectionTopic.ReviewLitigation, "四"), (SectionTopic.Problems, "五"), (SectionTopic.Other, "六"),
    ];

    public static List<ParseWarning> For(Report report, IReadOnlyList<SectionHeading> headings)
    {
        var warnings = new List<ParseWarning>();
        if (report.Agency is null)
            warnings.Add(new("agency-missing", "The text names no agency (no title line, signature or 可与…联系 sentence)."));
        if (report.Year is null)
            warnings.Add(new("year-missing", "The text states no report year."));
        if (headings.Count == 0)
        {
            warnings.Add(new("sections-not-found", "No numbered section headings (一、总体情况 …) were found; the report has no sections."));
            return warnings;
        }
        if (headings[0].Value > 1)
            warnings.Add(new("report-truncated", $"The text starts at section {headings[0].Number}、{headings[0].Title}; the sections before it are missing."));
        var modern = report.Template is ReportTemplate.Template2021 or ReportTemplate.Template2019;
        if (modern)
        {
            foreach (var (topic, number) in Expected)
            {
                if (report.Sections.All(s => s.Topic != topic))
                    warnings.Add(new("section-missing", $"Section {number} ({topic}) was not found."));
            }
            var last = report.Sections[^1];
            if (last.Topic != SectionTopic.Other && headings[0].Value <= 1)
                warnings.Add(new("report-truncated", $"The text ends in section {last.Number}、{last.Title}; the sections after it are missing."));
        }
        else if (report.Sections.All(s => s.Topic != SectionTopic.Problems))
        {
            warnings.Add(new("section-missing", "No section on problems and improvements (存在的主要问题…) was found."));
        }
        foreach (var s in report.Sections.Where(s => string.IsNullOrWhiteSpace(s.Text)))
            warnings.Add(new("section-empty", $"Section {s.Number}、{s.Title} has no text."));
        foreach (var s in report.Sections.Where(s => s.Topic == SectionTopic.Problems && !string.IsNullOrWhiteSpace(s.Text)))
        {
            if (report.Statements.All(st => st.SectionOrdinal != s.Ordinal))
                warnings.Add(new("statements-missing", $"Section {s.Number}、{s.Title} has text but no statements could be split from it."));
        }
        return warnings;
    }
}
