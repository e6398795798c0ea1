using SearchMining.Core.Domain;

namespace SearchMining.Index.Storage;

/// <summary>
/// What the report document stores of a report (schema 8, <see cref="Schema.IndexFields.ReportBody"/>): the report without
/// the text its section documents already store, each part restored exactly on reading (<see cref="Restore"/>).
/// <list type="bullet">
/// <item>every section's <c>Text</c> (and the preamble): the section document stores it (<see cref="Schema.IndexFields.Text"/>);</item>
/// <item>every subsection's <c>Text</c>, when each is the range <c>Start..End</c> of its section's text (as the parser makes them);</item>
/// <item>the <c>SourceText</c>, when every character the sections' runs (<see cref="ReportSection.SourceRuns"/>) copy from it is that
/// character: it is rebuilt from the section texts through the runs, and only what no run covers (headings, line breaks, the
/// preamble, tables' layout) is stored here (<see cref="GapStarts"/>, <see cref="GapLengths"/>, <see cref="GapText"/>).</item>
/// </list>
/// A part that does not meet its condition stays in <see cref="Report"/> as it is. Until schema 7 the whole report JSON was
/// stored: the source text and the section texts were then stored twice in the index.
/// </summary>
internal sealed record StoredReportBody(
    Report Report,
    bool PreambleInSection,
    bool SubsectionsInSections,
    int SourceLength,
    IReadOnlyList<int>? GapStarts,
    IReadOnlyList<int>? GapLengths,
    string? GapText)
{
    /// <summary>The body of a report: its texts taken out where they can be restored exactly.</summary>
    public static StoredReportBody Of(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var preamble = report.PreambleSection() is not null;
        var subsections = report.Sections.All(s => s.Subsections.All(x => IsRangeOf(s.Text, x)));
        var gaps = Gaps(report);
        var stripped = report with
        {
            SourceText = gaps is null ? report.SourceText : "",
            Preamble = preamble ? null : report.Preamble,
            Sections = [.. report.Sections.Select(s => s with
            {
                Text = "",
                Subsections = subsections ? [.. s.Subsections.Select(x => x with { Text = "" })] : s.Subsections,
            })],
        };
        return new StoredReportBody(stripped, preamble, subsections, report.SourceText.Length, gaps?.Starts, gaps?.Lengths, gaps?.Text);
    }

    /// <summary>
    /// The report as it was indexed, given the text each searchable section's document stores (by ordinal; the preamble is
    /// 0); null when a section's text is missing (a damaged index).
    /// </summary>
    public Report? Restore(Func<int, string?> sectionText)
    {
        ArgumentNullException.ThrowIfNull(sectionText);
        string? preamble = Report.Preamble;
        if (PreambleInSection && (preamble = sectionText(0)) is null) return null;
        var sections = new List<ReportSection>(Report.Sections.Count);
        foreach (var section in Report.Sections)
        {
            if (sectionText(section.Ordinal) is not { } text) return null;
            sections.Add(section with
            {
                Text = text,
                Subsections = SubsectionsInSections ? [.. section.Subsections.Select(x => x with { Text = Slice(text, x.Start, x.End) })] : section.Subsections,
            });
        }
        var restored = Report with { Preamble = preamble, Sections = sections };
        return GapStarts is null ? restored : restored with { SourceText = Source(restored) };
    }

    /// <summary>The searchable sections' ordinals in index order with their subsection counts: the report's block before its own document.</summary>
    public IEnumerable<(int Ordinal, int Subsections)> Block() =>
        (PreambleInSection ? [(0, 0)] : Enumerable.Empty<(int, int)>()).Concat(Report.Sections.Select(s => (s.Ordinal, s.Subsections.Count)));

    private string Source(Report restored)
    {
        var chars = new char[SourceLength];
        foreach (var section in restored.Sections)
            foreach (var run in section.SourceRuns)
                section.Text.AsSpan(run.TextStart, run.Length).CopyTo(chars.AsSpan(run.SourceStart));
        var at = 0;
        for (var i = 0; i < GapStarts!.Count; i++)
        {
            GapText.AsSpan(at, GapLengths![i]).CopyTo(chars.AsSpan(GapStarts[i]));
            at += GapLengths[i];
        }
        return new string(chars);
    }

    private static bool IsRangeOf(string text, ReportSubsection subsection) =>
        subsection.Start >= 0 && subsection.Start <= subsection.End && subsection.End <= text.Length &&
        text.AsSpan(subsection.Start, subsection.End - subsection.Start).SequenceEqual(subsection.Text);

    private static string Slice(string text, int start, int end) => text[start..end];

    /// <summary>
    /// The source text's characters no run covers, as (start, length) spans and their text; null when some run does not copy
    /// its source characters verbatim (or lies outside either text): then the source text is stored whole.
    /// </summary>
    private static (List<int> Starts, List<int> Lengths, string Text)? Gaps(Report report)
    {
        var source = report.SourceText;
        var covered = new bool[source.Length];
        foreach (var section in report.Sections)
        {
            foreach (var run in section.SourceRuns)
            {
                if (run.Length < 0 || run.TextStart < 0 || run.SourceStart < 0 ||
                    run.TextStart + run.Length > section.Text.Length || run.SourceStart + run.Length > source.Length) return null;
                if (!section.Text.AsSpan(run.TextStart, run.Length).SequenceEqual(source.AsSpan(run.SourceStart, run.Length))) return null;
                covered.AsSpan(run.SourceStart, run.Length).Fill(true);
            }
        }
        var starts = new List<int>();
        var lengths = new List<int>();
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < source.Length;)
        {
            if (covered[i]) { i++; continue; }
            var start = i;
            while (i < source.Length && !covered[i]) i++;
            starts.Add(start);
            lengths.Add(i - start);
            text.Append(source, start, i - start);
        }
        return (starts, lengths, text.ToString());
    }
}
