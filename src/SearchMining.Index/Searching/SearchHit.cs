namespace SearchMining.Index.Searching;

/// <summary>One section (or subsection) that matched.</summary>
/// <param name="SectionId">Stable id <c>{reportId}#{ordinal}</c> (<c>.{n}</c> for a subsection).</param>
/// <param name="SectionTopic">overview, proactive, applications, reviewlitigation, problems or other.</param>
public sealed record SearchHit(
    string SectionId,
    string ReportId,
    string SourceFile,
    string? Agency,
    int? Year,
    string SectionNumber,
    string SectionTopic,
    string Title,
    string? SubsectionTitle,
    float Score,
    IReadOnlyList<Snippet> Snippets);
