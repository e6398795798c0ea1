using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using SearchMining.Core.Domain;
using SearchMining.Index.Analysis;
using SearchMining.Index.Storage;

namespace SearchMining.Index.Schema;

/// <summary>
/// Maps a <see cref="Report"/> to its Lucene block: one document per section, one per subsection, and a report document
/// (last in the block) holding the whole report as JSON.
/// </summary>
public static class SectionDocumentBuilder
{
    /// <param name="smartCn">Also index the text in the SmartCn fields (the analyzer set has SmartCn).</param>
    /// <param name="analyzer">
    /// The writer's indexing analyzer: when given, the analysed fields are analysed here (by the calling thread) and
    /// handed to the writer as captured tokens (<see cref="CapturedTokens"/>); the index is the same either way.
    /// </param>
    /// <param name="failedChecks">
    /// The report's own failed rules (<see cref="FailedOwnChecks"/>) when its check results were computed already (bulk
    /// ingestion computes them before preparing); null = run the rules here.
    /// </param>
    public static IReadOnlyList<Document> Build(Report report, byte[] body, string fingerprint, bool smartCn = false, Analyzer? analyzer = null,
        IReadOnlyList<string>? failedChecks = null)
    {
        var documents = BuildDocuments(report, body, fingerprint, smartCn, failedChecks ?? FailedChecks(report));
        if (analyzer is not null) PreAnalyze(documents, analyzer);
        return documents;
    }

    /// <summary>Replaces each analysed text field's value by its tokens, captured now.</summary>
    /// <remarks>
    /// A subsection's text fields (<see cref="SlicedTextField"/>) take their tokens from its section's, captured just
    /// before (a section's document comes before its subsections'): the section text is analysed once.
    /// </remarks>
    private static void PreAnalyze(List<Document> documents, Analyzer analyzer)
    {
        var last = new Dictionary<string, (string Text, CapturedTokens Tokens)>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            var fields = doc.Fields;
            for (var i = 0; i < fields.Count; i++)
            {
                if (fields[i] is SlicedTextField sliced)
                {
                    if (!last.TryGetValue(sliced.Source, out var whole) || !ReferenceEquals(whole.Text, sliced.Text))
                        last[sliced.Source] = whole = (sliced.Text, CapturedTokens.Capture(analyzer, sliced.Source, sliced.Text));
                    fields[i] = whole.Tokens.Slice(sliced.Start, sliced.End).ToField(sliced.Name);
                    continue;
                }
                if (fields[i] is not (TextField { FieldType.IsStored: false } or AnalysedTextField) || fields[i].GetStringValue() is not { } text) continue;
                var field = fields[i];
                var tokens = CapturedTokens.Capture(analyzer, field.Name, text);
                last[field.Name] = (text, tokens);
                fields[i] = tokens.ToField(field.Name);
            }
        }
    }

    private static List<Document> BuildDocuments(Report report, byte[] body, string fingerprint, bool smartCn, IReadOnlyList<string> failed)
    {
        var documents = new List<Document>();
        foreach (var section in report.SearchableSections()) AddSectionBlock(documents, report, section, smartCn, failed);
        documents.Add(BuildReport(report, body, fingerprint));
        return documents;
    }

    /// <summary>A section's document followed by its subsections' documents, as <see cref="Build"/> writes them.</summary>
    private static void AddSectionBlock(List<Document> documents, Report report, ReportSection section, bool smartCn, IReadOnlyList<string> failed)
    {
        var statements = StatementsOf(report, section);
        documents.Add(WithChecks(BuildSection(report, section, statements, smartCn), failed));
        for (var i = 0; i < section.Subsections.Count; i++)
        {
            var sub = section.Subsections[i];
            var inside = statements.Where(s => s.Start < sub.End && s.End > sub.Start).ToList();
            documents.Add(WithChecks(BuildSubsection(report, section, sub, i + 1, inside, smartCn), failed));
        }
    }

    /// <summary>
    /// The documents <see cref="Build"/> writes for section <paramref name="ordinal"/> of the report (the section's, then its
    /// subsections'), analysed by <paramref name="analyzer"/>; empty when the section is unknown or has no subsections. What
    /// <c>Searching.Subsections</c> rebuilds at search time from the stored report instead of reading subsection documents.
    /// </summary>
    /// <param name="failedChecks">The report's failed rules as its section documents store them.</param>
    internal static IReadOnlyList<Document> BuildSectionBlock(Report report, int ordinal, bool smartCn, Analyzer analyzer, IReadOnlyList<string> failedChecks)
    {
        var section = report.SearchableSections().FirstOrDefault(s => s.Ordinal == ordinal);
        if (section is null || section.Subsections.Count == 0) return [];
        var documents = new List<Document>();
        AddSectionBlock(documents, report, section, smartCn, failedChecks);
        PreAnalyze(documents, analyzer);
        return documents;
    }

    /// <summary>Statements made in this section (statements without an ordinal belong to the first problems section).</summary>
    private static IReadOnlyList<Statement> StatementsOf(Report report, ReportSection section)
    {
        if (section.Topic == SectionTopic.Preamble) return [];
        var problems = report.Sections.FirstOrDefault(s => s.Topic == SectionTopic.Problems);
        return report.Statements
            .Where(s => s.SectionOrdinal > 0 ? s.SectionOrdinal == section.Ordinal : ReferenceEquals(problems, section))
            .ToList();
    }

    private static Document BuildSection(Report report, ReportSection section, IReadOnlyList<Statement> statements, bool smartCn)
    {
        var doc = Common(report, section, new SectionId(report.Id, section.Ordinal).ToString(), DocumentKinds.Section);
        doc.Add(new StoredField(IndexFields.Text, section.Text));
        AddText(doc, TextFields.Section, section.Title, section.Text, smartCn);
        if (section.Topic != SectionTopic.Preamble)
            AddClassification(doc, statements, report.Commitments.Where(c => c.SectionOrdinal == section.Ordinal).ToList());
        return doc;
    }

    private static Document BuildSubsection(Report report, ReportSection section, ReportSubsection sub, int index, IReadOnlyList<Statement> statements, bool smartCn)
    {
        var doc = Common(report, section, new SectionId(report.Id, section.Ordinal, index).ToString(), DocumentKinds.Subsection);
        doc.Add(new KeywordField(IndexFields.ParentSectionId, new SectionId(report.Id, section.Ordinal).ToString(), Field.Store.YES));
        doc.Add(new StoredField(IndexFields.SubsectionMarker, sub.Marker));
        doc.Add(new StoredField(IndexFields.SubsectionTitle, sub.Title));
        if (StoreTextRange(doc, section, sub))
            AddText(doc, TextFields.Subsection, section.Title + " " + sub.Title, section.Text, smartCn, (sub.Start, sub.End));
        else
            AddText(doc, TextFields.Subsection, section.Title + " " + sub.Title, sub.Text, smartCn);
        AddClassification(doc, statements, []);
        return doc;
    }

    private static Document Common(Report report, ReportSection section, string sectionId, string kind)
    {
        var doc = new Document
        {
            new KeywordField(IndexFields.DocKind, kind, Field.Store.YES),
            new KeywordField(IndexFields.SectionId, sectionId, Field.Store.YES),
            new SortedDocValuesField(IndexFields.SectionId, new BytesRef(sectionId)),
            new Int32KeyField(IndexFields.SectionOrdinal, section.Ordinal, Field.Store.YES),
            new KeywordField(IndexFields.SectionNumber, section.Number, Field.Store.YES),
            new KeywordField(IndexFields.SectionTopic, FieldValues.Topic(section.Topic), Field.Store.YES),
            new StoredField(IndexFields.Title, section.Title),
        };
        AddReportFields(doc, report);
        AddFacet(doc, FacetDimensions.Section, FieldValues.Topic(section.Topic));
        AddFacet(doc, IndexFields.ReportDimension, report.Id);
        return doc;
    }

    private static void AddReportFields(Document doc, Report report)
    {
        doc.Add(new KeywordField(IndexFields.ReportId, report.Id, Field.Store.YES));
        doc.Add(new KeywordField(IndexFields.SourceFile, report.SourceFile, Field.Store.YES));
        if (!string.IsNullOrWhiteSpace(report.Agency))
        {
            doc.Add(new KeywordField(IndexFields.Agency, report.Agency, Field.Store.YES));
            doc.Add(new TextField(IndexFields.AgencyText, report.Agency, Field.Store.NO));
            AddFacet(doc, FacetDimensions.Agency, report.Agency);
        }
        foreach (var (field, value) in new[] { (IndexFields.Province, report.Region.Province), (IndexFields.City, report.Region.City), (IndexFields.County, report.Region.County) })
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            doc.Add(new KeywordField(field, value, Field.Store.YES));
            doc.Add(new KeywordField(IndexFields.Region, value, Field.Store.NO));
            AddFacet(doc, FacetDimensions.Region, value);
        }
        var level = FieldValues.Level(report.Level);
        doc.Add(new KeywordField(IndexFields.Level, level, Field.Store.YES));
        AddFacet(doc, FacetDimensions.Level, level);
        if (report.Year is { } year)
        {
            doc.Add(new Int32KeyField(IndexFields.Year, year, Field.Store.YES));
            AddFacet(doc, FacetDimensions.Year, FieldValues.Year(year));
        }
        doc.Add(new NumericDocValuesField(IndexFields.YearSort, report.Year ?? 0));
        var date = report.PublishDate is { } d ? FieldValues.DateNumber(d) : 0;
        if (date != 0) doc.Add(new Int32KeyField(IndexFields.PublishDate, date, Field.Store.YES));
        doc.Add(new NumericDocValuesField(IndexFields.DateSort, date));
    }

    /// <summary>
    /// A subsection's display text is a range of its section's, which the section document stores: the subsection document
    /// stores the range (<c>Storage.SectionTexts</c> reads it back). A subsection whose text is not that range (a report
    /// made by hand) stores its own text (false).
    /// </summary>
    private static bool StoreTextRange(Document doc, ReportSection section, ReportSubsection sub)
    {
        if (sub.Start >= 0 && sub.End >= sub.Start && sub.End <= section.Text.Length && section.Text.AsSpan(sub.Start, sub.End - sub.Start).SequenceEqual(sub.Text))
        {
            doc.Add(new StoredField(IndexFields.TextStart, sub.Start));
            doc.Add(new StoredField(IndexFields.TextEnd, sub.End));
            return true;
        }
        doc.Add(new StoredField(IndexFields.Text, sub.Text));
        return false;
    }

    /// <summary>
    /// A document's analysed text fields: the title's words, then the text's words, bigrams and (when on) SmartCn tokens.
    /// With a <paramref name="range"/>, <paramref name="text"/> is the section's and each field is that range of the
    /// section field's analysis (<see cref="SlicedTextField"/>: a subsection whose text is a range of its section's).
    /// </summary>
    private static void AddText(Document doc, TextFields fields, string title, string text, bool smartCn, (int Start, int End)? range = null)
    {
        doc.Add(new TextField(fields.TitleWords, title, Field.Store.NO));
        doc.Add(Analysed(fields.Words, TextFields.Section.Words));
        doc.Add(Analysed(fields.Bigram, TextFields.Section.Bigram));
        if (smartCn) doc.Add(Analysed(fields.SmartCn, TextFields.Section.SmartCn));

        Field Analysed(string field, string sectionField) => range is var (start, end)
            ? new SlicedTextField(field, sectionField, text, start, end)
            : new AnalysedTextField(field, text);
    }

    private static void AddClassification(Document doc, IReadOnlyList<Statement> statements, IReadOnlyList<Commitment> commitments)
    {
        var themes = statements.SelectMany(s => s.Themes).Concat(commitments.SelectMany(c => c.Themes))
            .Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal);
        foreach (var theme in themes)
        {
            doc.Add(new KeywordField(IndexFields.Themes, theme, Field.Store.YES));
            AddFacet(doc, FacetDimensions.Theme, theme);
        }
        foreach (var kind in statements.Select(s => FieldValues.Kind(s.Kind)).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new KeywordField(IndexFields.Kinds, kind, Field.Store.YES));
            AddFacet(doc, FacetDimensions.Kind, kind);
        }
    }

    private static Document BuildReport(Report report, byte[] body, string fingerprint)
    {
        var doc = new Document
        {
            new KeywordField(IndexFields.DocKind, DocumentKinds.Report, Field.Store.YES),
            StoredReportJson.ToBodyField(body),
            new KeywordField(IndexFields.Fingerprint, fingerprint, Field.Store.YES),
            new StoredField(IndexFields.SectionCount, report.Sections.Count),
            new SortedDocValuesField(IndexFields.SectionId, new BytesRef(report.Id)),
            new NumericDocValuesField(IndexFields.StatementCount, report.Statements.Count),
            new NumericDocValuesField(IndexFields.CommitmentCount, report.Commitments.Count),
        };
        AddReportFields(doc, report);
        foreach (var field in Views.ReportViewFields.Of(report)) doc.Add(field);
        return doc;
    }

    /// <summary>
    /// The quality rules the report fails on its own (rules that compare with last year's report are left out: a
    /// report's documents must not depend on which other reports happen to be indexed).
    /// </summary>
    private static IReadOnlyList<string> FailedChecks(Report report) => FailedOwnChecks(Core.Checks.ReportChecker.All().Run(report));

    /// <summary>
    /// Of a report's check results (run with the default options), the rules it fails on its own, in rule order: what the
    /// <c>checks</c> field and facet hold. Results computed with the previous report give the same list (those rules are
    /// left out).
    /// </summary>
    public static IReadOnlyList<string> FailedOwnChecks(IEnumerable<CheckResult> results)
    {
        var failed = results.Where(r => r.Status == CheckStatus.Fail && Core.Checks.CheckRules.Find(r.Rule)?.NeedsPrevious == false)
            .Select(r => r.Rule).ToHashSet(StringComparer.Ordinal);
        return [.. Core.Checks.CheckRules.All.Select(r => r.Id).Where(failed.Contains)];
    }

    private static Document WithChecks(Document doc, IReadOnlyList<string> failed)
    {
        foreach (var rule in failed)
        {
            doc.Add(new KeywordField(IndexFields.Checks, rule, Field.Store.YES));
            AddFacet(doc, FacetDimensions.Checks, rule);
        }
        return doc;
    }

    private static void AddFacet(Document doc, string dimension, string value) =>
        doc.Add(new SortedSetDocValuesField(IndexFields.Facet(dimension), new BytesRef(value)));
}
