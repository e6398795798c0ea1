namespace SearchMining.Cli.Elasticsearch;

/// <summary>
/// One section or subsection as an Elasticsearch document: the fields of our index (docs/INDEX.md) under snake_case
/// names (<see cref="ElasticsearchExport.FieldName"/>), the same for the mapping and the bulk file.
/// </summary>
internal sealed record ElasticsearchSection(
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
    string? PublishDate,
    string SectionNumber,
    string SectionTopic,
    string Title,
    string? SubsectionTitle,
    string Text,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Checks);
