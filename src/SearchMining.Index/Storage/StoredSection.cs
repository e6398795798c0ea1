namespace SearchMining.Index.Storage;

/// <summary>The stored fields of one section or subsection document, as <see cref="StoredSections.Visit"/> reads them (for exports).</summary>
/// <param name="Kind">section or subsection.</param>
public sealed record StoredSection(
    string Kind,
    string SectionId,
    string? ParentSectionId,
    string ReportId,
    string SourceFile,
    string? Agency,
    string? Province,
    string? City,
    string? County,
    string? Level,
    int? Year,
    int? PublishDate,
    string SectionNumber,
    string SectionTopic,
    string Title,
    string? SubsectionTitle,
    string Text,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Checks);
