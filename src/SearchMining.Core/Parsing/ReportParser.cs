using SearchMining.Core.Domain;
using SearchMining.Core.Parsing.Matters;
using SearchMining.Core.Parsing.Metadata;

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
            var outcome = ParseText(SourceTextNormalizer.Normalize(text), sourceFile, force);
            return !force && outcome.Report is { } report && ReportRecognizer.Check(report) is { } notAReport
                ? ParseOutcome.Failure(sourceFile, notAReport.Kind, notAReport.Message)
                : outcome;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ParseOutcome.Failure(sourceFile, ParseErrorKind.Unreadable, $"The text could not be parsed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private ParseOutcome ParseText(string source, string sourceFile, bool force)
    {
        var headings = SectionHeadingFinder.Find(source);
        var title = TitleReader.Read(source);
        if (!force && headings.Count == 0 && title.TitleText is null && !source.Contains("政府信息公开") && !source.Contains("信息公开工作"))
            return ParseOutcome.Failure(sourceFile, ParseErrorKind.NotAReport,
                "The text is not a 政府信息公开工作年度报告: it has no report title, no numbered sections and never mentions 政府信息公开.");

        var sections = SectionBuilder.Build(source, headings, ClosingBlock.Start(source));
        var preamble = headings.Count > 0 ? CleanTextBuilder.Build(source, 0, headings[0].Start).Text : CleanTextBuilder.Build(source, 0, source.Length).Text;
        var id = SourceTextNormalizer.ContentId(source);
        var agencyAsWritten = title.Agency ?? AgencyLocator.Locate(source) ?? AgencyLocator.FromSelfReference(source);
        var region = RegionResolver.Resolve(agencyAsWritten, source);
        var year = DateAndYearReader.Year(source, title.Year);
        var statements = Statements(sections);
        var otherText = string.Join("\n", sections.Where(s => s.Topic == SectionTopic.Other).Select(s => s.Text));
        var report = new Report
        {
            Id = id,
            SourceFile = sourceFile,
            Agency = region.FullAgency ?? agencyAsWritten,
            AgencyAsWritten = agencyAsWritten,
            Region = region.Region,
            Level = LevelClassifier.Classify(region.FullAgency ?? agencyAsWritten, region.Region),
            Year = year,
            PublishDate = DateAndYearReader.PublishDate(source),
            Template = DateAndYearReader.Template(source, year),
            SourceText = source,
            Sections = sections,
            Preamble = string.IsNullOrWhiteSpace(preamble) ? null : preamble,
            Contact = ContactExtractor.Extract(preamble, otherText),
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
