using System.Text.Json.Serialization;
using SearchMining.Core.Domain;
using SearchMining.Core.Parsing.Tables;

namespace SearchMining.Index.Storage;

/// <summary>
/// What the report document stores of a report (schema 8, <see cref="Schema.IndexFields.ReportBody"/>): the report without
/// the text its section documents already store, each part restored exactly on reading (<see cref="Restore"/>).
/// <list type="bullet">
/// <item>every section's <c>Text</c> (and the preamble): the section document stores it (<see cref="Schema.IndexFields.Text"/>);</item>
/// <item>every subsection's <c>Text</c>, when each is the range <c>Start..End</c> of its section's text (as the parser makes them);</item>
/// <item>the <c>SourceText</c>, when every character the sections' runs (<see cref="ReportSection.SourceRuns"/>) copy from it is that
/// character: it is rebuilt from the section texts through the runs, and only what no run covers (headings, line breaks, the
/// preamble, tables' layout) is stored here (<see cref="GapText"/>; until schema 10 with its positions, <see cref="GapStarts"/>,
/// <see cref="GapLengths"/>: schema 11 finds them again as the characters no run covers);</item>
/// <item>schema 11: the runs themselves, packed as varints beside the JSON (<see cref="Runs"/>, <see cref="PackedRuns"/>);</item>
/// <item>schema 11: the <c>Tables</c>, when reading them again from the restored source and sections
/// (<see cref="ReportTablesReader"/>) gives the same tables: <see cref="TablesDigest"/> is then their JSON's hash, checked on reading;</item>
/// <item>schema 11: the <c>Commitments</c>, when they are the report's measure statements as the parser copies them
/// (<see cref="CommitmentsOf"/>; the views' digest restores them the same way, <see cref="Digest"/>).</item>
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
    /// <summary>Schema 11: the sections' runs are in <see cref="Runs"/> (the JSON's sections have none).</summary>
    public bool RunsPacked { get; init; }

    /// <summary>Schema 11: the commitments are <see cref="CommitmentsOf"/> the statements (the JSON holds none).</summary>
    public bool CommitmentsFromStatements { get; init; }

    /// <summary>Schema 11: the tables are read again from the restored report; the hash of their JSON (the JSON holds none). Null: stored as they are.</summary>
    public string? TablesDigest { get; init; }

    /// <summary>The packed runs (<see cref="PackedRuns"/>) when <see cref="RunsPacked"/>: stored after the JSON, not in it.</summary>
    [JsonIgnore]
    public byte[]? Runs { get; init; }

    /// <summary>The body of a report: its texts taken out where they can be restored exactly.</summary>
    public static StoredReportBody Of(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var preamble = report.PreambleSection() is not null;
        var subsections = report.Sections.All(s => s.Subsections.All(x => IsRangeOf(s.Text, x)));
        var gaps = Gaps(report);
        var commitments = CommitmentsAreItsMeasures(report);
        var tables = TablesOf(report);
        var stripped = report with
        {
            SourceText = gaps is null ? report.SourceText : "",
            Preamble = preamble ? null : report.Preamble,
            Sections = [.. report.Sections.Select(s => s with
            {
                Text = "",
                Subsections = subsections ? [.. s.Subsections.Select(x => x with { Text = "" })] : s.Subsections,
                SourceRuns = [],
            })],
            Commitments = commitments ? [] : report.Commitments,
            Tables = tables is null ? report.Tables : new ReportTables(),
        };
        return new StoredReportBody(stripped, preamble, subsections, report.SourceText.Length, null, null, gaps?.Text)
        {
            RunsPacked = true,
            Runs = PackedRuns.Pack(report.Sections),
            CommitmentsFromStatements = commitments,
            TablesDigest = tables,
        };
    }

    /// <summary>
    /// The report as it was indexed, given the text each searchable section's document stores (by ordinal; the preamble is
    /// 0); null when a section's text is missing or the stored parts do not fit together (a damaged index).
    /// </summary>
    public Report? Restore(Func<int, string?> sectionText)
    {
        ArgumentNullException.ThrowIfNull(sectionText);
        string? preamble = Report.Preamble;
        if (PreambleInSection && (preamble = sectionText(0)) is null) return null;
        var runs = UnpackedRuns();
        if (runs is null) return null;
        var sections = new List<ReportSection>(Report.Sections.Count);
        for (var i = 0; i < Report.Sections.Count; i++)
        {
            var section = Report.Sections[i];
            if (sectionText(section.Ordinal) is not { } text) return null;
            sections.Add(section with
            {
                Text = text,
                Subsections = SubsectionsInSections ? [.. section.Subsections.Select(x => x with { Text = Slice(text, x.Start, x.End) })] : section.Subsections,
                SourceRuns = runs[i],
            });
        }
        var restored = Digest() with { Preamble = preamble, Sections = sections };
        if (GapText is not null && (GapStarts is not null || RunsPacked))
        {
            if (Source(restored) is not { } source) return null;
            restored = restored with { SourceText = source };
        }
        if (TablesDigest is null) return restored;
        var tables = ReportTablesReader.Read(restored.SourceText, restored.Sections, restored.Template).Tables;
        return Hash(tables) == TablesDigest ? restored with { Tables = tables } : null;
    }

    /// <summary>The stored report with what it restores without the section texts (its commitments): what the views' digest reads.</summary>
    public Report Digest() => CommitmentsFromStatements ? Report with { Commitments = CommitmentsOf(Report, Report.Statements) } : Report;

    /// <summary>The searchable sections' ordinals in index order with their subsection counts: the report's block before its own document.</summary>
    public IEnumerable<(int Ordinal, int Subsections)> Block() =>
        (PreambleInSection ? [(0, 0)] : Enumerable.Empty<(int, int)>()).Concat(Report.Sections.Select(s => (s.Ordinal, s.Subsections.Count)));

    /// <summary>
    /// The commitments the parser makes of a report's statements: its measures, with the report's agency, year and id and
    /// the statement's text, offsets and themes (ReportParser; ReportThemeTagger tags both with the same text's themes).
    /// </summary>
    internal static List<Commitment> CommitmentsOf(Report report, IReadOnlyList<Statement> statements) =>
        CommitmentsOf(report.Agency, report.Year, report.Id, statements);

    /// <summary>
    /// Whether the report's commitments are what <see cref="CommitmentsOf(Report, IReadOnlyList{Statement})"/> makes of its
    /// statements, JSON for JSON: then a stored copy can leave them out and make them again (the body here, the
    /// commitments' view value in <c>Views.ReportViewFields</c>).
    /// </summary>
    internal static bool CommitmentsAreItsMeasures(Report report) => Same(CommitmentsOf(report, report.Statements), report.Commitments);

    /// <summary>The same, from the report's agency, year and id alone (what a view row holds: <c>Views.ReportViewFields</c>).</summary>
    internal static List<Commitment> CommitmentsOf(string? agency, int? year, string reportId, IReadOnlyList<Statement> statements) =>
    [
        .. statements.Where(s => s.Kind == StatementKind.Measure).Select(s => new Commitment
        {
            Agency = agency, Year = year, ReportId = reportId, Text = s.Text, Themes = s.Themes, Start = s.Start, End = s.End,
            SectionOrdinal = s.SectionOrdinal, SourceStart = s.SourceStart, SourceEnd = s.SourceEnd,
        }),
    ];

    private IReadOnlyList<IReadOnlyList<TextRun>>? UnpackedRuns()
    {
        if (!RunsPacked) return [.. Report.Sections.Select(s => s.SourceRuns)];
        return Runs is null ? null : PackedRuns.Unpack(Runs, Report.Sections);
    }

    private static bool Same<T>(T a, T b) => StoredReportJson.SerializeValue(a) == StoredReportJson.SerializeValue(b);

    /// <summary>The hash of the tables' JSON when reading the tables again from the report gives them; null when it does not.</summary>
    private static string? TablesOf(Report report)
    {
        var stored = StoredReportJson.SerializeValue(report.Tables);
        var reread = StoredReportJson.SerializeValue(ReportTablesReader.Read(report.SourceText, report.Sections, report.Template).Tables);
        return stored == reread ? StoredReportJson.Fingerprint(stored)[..16] : null;
    }

    private static string Hash(ReportTables tables) => StoredReportJson.Fingerprint(StoredReportJson.SerializeValue(tables))[..16];

    /// <summary>
    /// The source text rebuilt: the runs' characters from the section texts, the rest from <see cref="GapText"/> (at
    /// <see cref="GapStarts"/> until schema 10, else in order over the characters no run covers); null when they do not fit.
    /// </summary>
    private string? Source(Report restored)
    {
        var chars = new char[SourceLength];
        var covered = GapStarts is null ? new bool[SourceLength] : null;
        foreach (var section in restored.Sections)
        {
            foreach (var run in section.SourceRuns)
            {
                if (run.Length < 0 || run.TextStart < 0 || run.SourceStart < 0 ||
                    run.TextStart + run.Length > section.Text.Length || run.SourceStart + run.Length > SourceLength) return null;
                section.Text.AsSpan(run.TextStart, run.Length).CopyTo(chars.AsSpan(run.SourceStart));
                covered?.AsSpan(run.SourceStart, run.Length).Fill(true);
            }
        }
        var at = 0;
        if (covered is null)
        {
            for (var i = 0; i < GapStarts!.Count; i++)
            {
                GapText.AsSpan(at, GapLengths![i]).CopyTo(chars.AsSpan(GapStarts[i]));
                at += GapLengths[i];
            }
            return new string(chars);
        }
        for (var i = 0; i < chars.Length; i++)
        {
            if (covered[i]) continue;
            if (at >= GapText!.Length) return null;
            chars[i] = GapText[at++];
        }
        return at == GapText!.Length ? new string(chars) : null;
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
