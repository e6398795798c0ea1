namespace SearchMining.Workflows.Reading;

/// <summary>Every match of a query in a report, section by section (sections without a match are left out).</summary>
/// <param name="Total">Matches over all sections.</param>
public sealed record ReportMatches(string ReportId, string Query, int Total, IReadOnlyList<SectionMatches> Sections);
