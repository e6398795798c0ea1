using SearchMining.Core.Domain;
using SearchMining.Core.Parsing.Matters;
using SearchMining.Core.Parsing.Metadata;
using SearchMining.Core.Normalization;

namespace SearchMining.Core.Parsing;

/// <summary>
/// Turns the text of a 政府信息公开工作年度报告 into a <see cref="Report"/>: metadata, sections with topics and clean text,
/// tables, contacts, section-五 statements and 勾稽 warnings. Pure and synchronous; never throws for bad content.
/// </summary>
public sealed class ReportParser
{
    private readonly Checks.ReportChecker _checker;

    public ReportParser() : this(Checks.ReportChecker.Default()) { }

    public ReportParser(Checks.ReportChecker checker) => _checker = checker;

    /// <param name="force">Keep a text that does not read as a report (see <see cref="ReportRecognizer"/>) instead of a NotAReport error.</param>
    public ParseOutcome Parse(string text, string sourceFile, bool force = false)
    {
        sourceFile = string.IsNullOrWhiteSpace(sourceFile) ? "(unnamed)" : sourceFile;
        if (string.IsNullOrWhiteSpace(text))
            return ParseOutcome.Failure(sourceFile, ParseErrorKind.Empty, "The file contains no text.");
        try
        {
            var written = SourceTextNormalizer.Normalize(text);
            var folded = ReadingView.Of(written);
            var outcome = ParseText(folded, sourceFile, force, out var preamble);
            if (!force && outcome.Report is { } parsed && ReportRecognizer.Check(parsed) is { } notAReport)
                return ParseOutcome.Failure(sourceFile, notAReport.Kind, notAReport.Message);
            // Traditional input is read through the fold; what is stored and shown is the text as written
            return ReferenceEquals(folded, written) || outcome.Report is null
                ? outcome
                : ParseOutcome.Success(new WrittenForm(folded, written).Restore(outcome.Report, preamble));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ParseOutcome.Failure(sourceFile, ParseErrorKind.Unreadable, $"The text could not be parsed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>
    /// Round 13's measurement: what each agency reader (the title, then <see cref="AgencyLocator.Readings"/> in their
    /// order) answers alone for <paramref name="text"/>, each completed as the parser completes its choice; the first is
    /// the one <see cref="Parse"/> takes. Same normalisation and fold as <see cref="Parse"/>.
    /// </summary>
    public static IReadOnlyList<(string Reader, string? Agency)> AgencyReadings(string text)
    {
        var folded = ReadingView.Of(SourceTextNormalizer.Normalize(text));
        var unspaced = SpacedWordsView.Of(folded).Text;
        var readings = new List<(string, string?)>();
        if (AgencyName.Clean(TitleReader.Read(folded).Agency, title: true) is { } titled) readings.Add(("Title", CompletedAgency(titled, unspaced)));
        foreach (var (name, from) in AgencyLocator.Readings(unspaced)) readings.Add((from.ToString(), CompletedAgency(name, unspaced)));
        return readings;
    }

    /// <summary>A reader's name as the parser completes it (<see cref="Complete"/>).</summary>
    private static string? CompletedAgency(string found, string unspaced) => Complete(found, unspaced).Agency;

    /// <summary>
    /// A found name completed: as written (no glued text or sub-unit), its region with the places the text writes before
    /// it, and the normalised agency (null without a full name).
    /// </summary>
    private static (string? AsWritten, RegionResolver.Result Region, string? Agency) Complete(string? found, string unspaced)
    {
        // round 14: every reader's answer (the title's, a signature's, a township's self-reference too) through the one
        // cut of the sentence's words at its edges; the places completed before it too (联系哈尔滨市道里区… → 哈尔滨市道里区…)
        var asWritten = found is null ? null : AgencyName.WithoutSubUnit(AgencyName.WithoutGluedText(AgencyNameEdges.Trim(found), unspaced), unspaced);
        var region = RegionResolver.Resolve(asWritten is null ? null : AgencyName.WithoutAlias(asWritten), unspaced);
        // round 16: the places completed from a sentence (请联系梅河口市应急管理局… for a title's 应急管理局) may bring the
        // sentence's verb with them (联系梅河口市); the region is read again from the name as cut (h1236)
        if (region.FullAgency is { } completed && AgencyNameEdges.Trim(completed) is var cut && cut != completed) region = RegionResolver.Resolve(cut, unspaced);
        return (asWritten, region, region.FullAgency is null ? null : AgencyName.Normalized(AgencyNameEdges.Trim(region.FullAgency), unspaced));
    }

    /// <summary>Parses the normalised, folded text; <paramref name="preambleText"/> is the preamble's clean text with its runs.</summary>
    private ParseOutcome ParseText(string source, string sourceFile, bool force, out CleanText preambleText)
    {
        // the text with the spaces inside words taken out: headings are found on it, and names read and completed on it
        // (錫山區(qū)人民政府 with its pinyin blanked, 平 潭 县 民 政 局 of a spaced PDF); built once
        var spaced = SpacedWordsView.Of(source);
        var headings = SectionHeadingFinder.Find(source, spaced);
        var title = TitleReader.Read(source);
        preambleText = CleanText.Empty;
        var recognition = ReportRecognizer.Recognize(source, headings, title);
        if (!force && !recognition.IsReport)
            return ParseOutcome.Failure(sourceFile, ParseErrorKind.NotAReport, recognition.Reason!);

        var sections = SectionBuilder.Build(source, headings, ClosingBlock.Start(source, headings.Count > 0 ? headings[^1].BodyStart : int.MaxValue));
        preambleText = CleanTextBuilder.Build(source, 0, headings.Count > 0 ? headings[0].Start : source.Length);
        var preamble = preambleText.Text;
        var id = SourceTextNormalizer.ContentId(source);
        var unspaced = spaced.Text;
        // a title's name without a label prefix or injected spam (名称:…, 澳门…网址交通运输局); chrome never gives a name
        var found = AgencyName.Clean(title.Agency, title: true) ?? AgencyLocator.Locate(unspaced);
        var (agencyAsWritten, region, agency) = Complete(found, unspaced);
        var year = DateAndYearReader.Year(source, title.Year, Lead(source, headings));
        var statements = Statements(sections);
        var otherText = string.Join("\n", sections.Where(s => s.Topic == SectionTopic.Other).Select(s => s.Text));
        var report = new Report
        {
            Id = id,
            SourceFile = sourceFile,
            Agency = agency,
            AgencyAsWritten = agencyAsWritten,
            Region = region.Region,
            Level = LevelClassifier.Classify(agency, region.Region),
            Year = year,
            // a label written with pinyin blanked inside it (發(fā)布時(shí)間 → 发    布时    间) is read on the text without those spaces
            PublishDate = DateAndYearReader.PublishDate(source) ?? DateAndYearReader.PublishDate(unspaced),
            Template = DateAndYearReader.Template(source, year),
            SourceText = source,
            Sections = sections,
            Preamble = string.IsNullOrWhiteSpace(preamble) ? null : preamble,
            // contacts are written in the preamble, in section 六, or inside section 一 (总体情况) of older reports
            Contact = ContactExtractor.ExtractWithin(source, preamble, otherText, OverviewText(sections)),
            OtherMatters = OtherMattersExtractor.Extract(otherText, source),
            Statements = statements,
        };
        report = report with
        {
            Commitments = statements.Where(s => s.Kind == StatementKind.Measure).Select(s => new Commitment
            {
                Agency = report.Agency, Year = report.Year, ReportId = id, Text = s.Text, Start = s.Start, End = s.End,
                SectionOrdinal = s.SectionOrdinal, SourceStart = s.SourceStart, SourceEnd = s.SourceEnd,
            }).ToList(),
        };
        var tables = Tables.ReportTablesReader.Read(source, sections, report.Template);
        report = report with { Tables = tables.Tables };
        var warnings = ReportWarnings.For(report, headings);
        warnings.AddRange(tables.Warnings);
        warnings.AddRange(_checker.Warnings(report));
        return ParseOutcome.Success(report with { Warnings = warnings });
    }

    /// <summary>
    /// The text a report introduces itself in: before its first heading; round 18: a report that opens with its first heading
    /// (no sentence before it) introduces itself in its first part (一、概述 / …编制了《舒兰市气象局2015年政府信息公开工作年度报告》, h1340).
    /// </summary>
    private static string Lead(string source, IReadOnlyList<SectionHeading> headings)
    {
        if (headings.Count == 0) return "";
        var lead = source[..headings[0].Start];
        return !lead.Contains('。') && headings.Count > 1 ? source[..headings[1].Start] : lead;
    }

    private static string? OverviewText(IReadOnlyList<ReportSection> sections) =>
        sections.FirstOrDefault(s => s.Topic == SectionTopic.Overview)?.Text;

    private static List<Statement> Statements(IReadOnlyList<ReportSection> sections)
    {
        var statements = new List<Statement>();
        foreach (var section in sections.Where(s => s.Topic == SectionTopic.Problems))
        {
            foreach (var st in StatementSplitter.Split(section.Text, section.Title, section.Ordinal))
            {
                var runs = new CleanText(section.Text, section.SourceRuns);
                statements.Add(st with { SourceStart = runs.SourceOffsetOf(st.Start), SourceEnd = runs.SourceEndOf(st.End) });
            }
        }
        return statements;
    }
}
