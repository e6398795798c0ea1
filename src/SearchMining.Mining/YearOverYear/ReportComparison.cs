namespace SearchMining.Mining.YearOverYear;

/// <summary>
/// A report compared with an earlier one. <see cref="ReuseRate"/> is the share of this year's counted characters (preamble
/// and all sections, template phrases left out) found again anywhere in last year's text; each section has its own rate against
/// the same topic last year.
/// </summary>
public sealed record ReportComparison(
    ReportRef Current,
    ReportRef Previous,
    double? ReuseRate,
    int CountedChars,
    int ReusedChars,
    IReadOnlyList<SectionComparison> Sections,
    IReadOnlyList<TableComparison> Tables);
