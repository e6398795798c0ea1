namespace SearchMining.Index.Schema;

/// <summary>Names of the Lucene fields. Section and subsection documents share them; the report document uses a subset.</summary>
public static class IndexFields
{
    /// <summary>"report", "section" or "subsection" (see <see cref="DocumentKinds"/>).</summary>
    public const string DocKind = "docKind";
    public const string ReportId = "reportId";
    public const string SectionId = "sectionId";
    public const string ParentSectionId = "parentSectionId";
    public const string SourceFile = "sourceFile";
    public const string Agency = "agency";
    /// <summary>Agency name analyzed with the bigram analyzer, for partial <c>agency:</c> matches.</summary>
    public const string AgencyText = "agency_bigram";
    /// <summary>Multi-valued: province, city and county names.</summary>
    public const string Region = "region";
    public const string Province = "province";
    public const string City = "city";
    public const string County = "county";
    public const string Level = "level";
    public const string Year = "year";
    /// <summary>Publish date as yyyymmdd (int).</summary>
    public const string PublishDate = "publishDate";
    public const string SectionOrdinal = "sectionOrdinal";
    public const string SectionNumber = "sectionNumber";
    public const string SectionTopic = "sectionTopic";
    public const string Title = "title";
    /// <summary>Title analyzed with the word analyzer (section title, plus the subsection title on subsection documents).</summary>
    public const string TitleWords = "title_words";
    public const string SubsectionMarker = "subsectionMarker";
    public const string SubsectionTitle = "subsectionTitle";
    /// <summary>
    /// Stored display text (not indexed), on section documents only: a subsection's is the range
    /// [<see cref="TextStart"/>, <see cref="TextEnd"/>) of its parent section's (read through <c>Storage.SectionTexts</c>).
    /// </summary>
    public const string Text = "text";
    /// <summary>Stored int on a subsection document: where its text starts in the parent section's <see cref="Text"/>.</summary>
    public const string TextStart = "textStart";
    /// <summary>Stored int on a subsection document: where its text ends (exclusive) in the parent section's <see cref="Text"/>.</summary>
    public const string TextEnd = "textEnd";
    /// <summary>Text analyzed with the word (jieba) analyzer.</summary>
    public const string TextWords = "text_words";
    /// <summary>Text analyzed with the CJK bigram analyzer.</summary>
    public const string TextBigram = "text_bigram";
    /// <summary>Text analyzed with SmartCn words (+ the domain dictionary), when the analyzer set has them.</summary>
    public const string TextSmartCn = "text_smartcn";
    public const string Themes = "themes";
    public const string Kinds = "kinds";
    /// <summary>Ids of the quality rules the report fails (on every section document of the report).</summary>
    public const string Checks = "checks";
    /// <summary>The whole <c>Report</c> as JSON, on the report document only (schema 7 and earlier).</summary>
    public const string ReportJson = "reportJson";
    /// <summary>
    /// The report without the texts its section documents store (<c>Storage.StoredReportBody</c>, compressed JSON; schema 11: JSON then packed runs), on the
    /// report document only (schema 8; replaces <see cref="ReportJson"/>, which older indexes are still read from).
    /// </summary>
    public const string ReportBody = "reportBody";
    /// <summary>
    /// What the corpus-wide views need of a report (metadata, contact, statements, commitments — no text, tables or
    /// sections) as compressed JSON, on the report document only: the views read it instead of the whole report.
    /// </summary>
    public const string ReportDigest = "reportDigest";
    /// <summary>Hash of the indexed content of a report (re-ingesting identical content is a no-op).</summary>
    public const string Fingerprint = "fingerprint";
    public const string SectionCount = "sectionCount";
    /// <summary>Numeric doc value on the report document: how many statements the report makes (what <c>/api/stats</c> sums).</summary>
    public const string StatementCount = "statementCount";
    /// <summary>Numeric doc value on the report document: how many commitments the report makes.</summary>
    public const string CommitmentCount = "commitmentCount";
    /// <summary>Binary doc value on the report document: its <c>ReportViewRow</c> (identity, contact, theme tally) for the corpus-wide views.</summary>
    public const string ViewRow = "view_row";
    /// <summary>Binary doc value on the report document: its commitments (compressed JSON), for <c>/api/commitments</c>.</summary>
    public const string ViewCommitments = "view_commitments";
    /// <summary>Binary doc value on the report document: its section-五 statements (compressed JSON), for recurrence and word weights.</summary>
    public const string ViewStatements = "view_statements";

    /// <summary>Doc-values field used for sorting by year (0 when unknown).</summary>
    public const string YearSort = "sort_year";
    /// <summary>Doc-values field used for sorting by publish date as yyyymmdd (0 when unknown).</summary>
    public const string DateSort = "sort_date";

    /// <summary>Prefix of the sorted-set doc-values field of a facet, e.g. <c>facet_agency</c>.</summary>
    public const string FacetPrefix = "facet_";

    /// <summary>Internal facet dimension holding the report id (distinct-report counts for grouped results).</summary>
    public const string ReportDimension = "report";

    public static string Facet(string dimension) => FacetPrefix + dimension;
}
