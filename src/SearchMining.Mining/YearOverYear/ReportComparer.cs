using SearchMining.Core.Domain;

namespace SearchMining.Mining.YearOverYear;

/// <summary>
/// Year-over-year comparison of two parsed reports: sections aligned by canonical topic (the parser maps every
/// template's numbering onto <see cref="SectionTopic"/>), sentences aligned, reuse rates, tables cell by cell.
/// </summary>
public sealed class ReportComparer(ShingleReuseMeter meter)
{
    public ShingleReuseMeter Meter { get; } = meter;

    public ReportComparison Compare(Report current, Report previous)
    {
        var overall = Meter.Measure(WholeText(current), WholeText(previous));
        var sections = new List<SectionComparison>();
        foreach (var topic in Enum.GetValues<SectionTopic>())
        {
            var now = current.Sections.Where(s => s.Topic == topic).OrderBy(s => s.Ordinal).ToList();
            var before = previous.Sections.Where(s => s.Topic == topic).OrderBy(s => s.Ordinal).ToList();
            if (now.Count == 0 && before.Count == 0) continue;
            var (nowText, beforeText) = (Join(now), Join(before));
            var reuse = now.Count > 0 && before.Count > 0 ? Meter.Measure(nowText, beforeText) : null;
            var counted = reuse?.CountedChars ?? (now.Count > 0 ? Meter.Measure(nowText, "").CountedChars : 0);
            sections.Add(new SectionComparison(topic, Headings(now), Headings(before), reuse?.Rate, counted, reuse?.ReusedChars ?? 0,
                SentenceAligner.Align(nowText, beforeText, Meter.Template.Options.SentenceMatch)));
        }
        return new ReportComparison(ReportRef.Of(current), ReportRef.Of(previous), overall.Rate, overall.CountedChars, overall.ReusedChars,
            sections, TableComparer.Compare(current.Tables, previous.Tables));
    }

    /// <summary>The reuse rate of one topic's text only (e.g. section 五), with its sentences.</summary>
    public Core.Comparison.TextReuse Reuse(Report current, Report previous, SectionTopic topic) =>
        Meter.Measure(Join(current.Sections.Where(s => s.Topic == topic)), Join(previous.Sections.Where(s => s.Topic == topic)));

    /// <summary>
    /// The preamble and every section's text in order, one per line: what the overall reuse rate and the template phrases
    /// are measured on (the preamble too, so a report whose sections the parser could not find is still counted whole).
    /// </summary>
    public static string WholeText(Report report) =>
        string.IsNullOrWhiteSpace(report.Preamble) ? Join(report.Sections) : report.Preamble + "\n" + Join(report.Sections);

    private static string Join(IEnumerable<ReportSection> sections) => string.Join("\n", sections.OrderBy(s => s.Ordinal).Select(s => s.Text));

    private static IReadOnlyList<SectionHeading> Headings(IEnumerable<ReportSection> sections) => sections.Select(s => new SectionHeading(s.Number, s.Title)).ToList();
}
