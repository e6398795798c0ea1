namespace SearchMining.Api.Export;

/// <param name="Kind">Statement kind (statements only).</param>
internal sealed record ExportRow(
    string ReportId,
    string SectionId,
    string SourceFile,
    string? Agency,
    string? Region,
    int? Year,
    string SectionNumber,
    string SectionTopic,
    string Title,
    float Score,
    string? Kind,
    IReadOnlyList<string> Themes,
    string Text)
{
    public static IReadOnlyList<string> Columns { get; } =
        ["reportId", "sectionId", "sourceFile", "agency", "region", "year", "sectionNumber", "sectionTopic", "title", "score", "kind", "themes", "text"];
}
