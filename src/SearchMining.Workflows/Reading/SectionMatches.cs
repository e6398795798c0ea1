namespace SearchMining.Workflows.Reading;

/// <summary>Where a query matches in one section of a report: [start, end) offsets into the section's text.</summary>
public sealed record SectionMatches(int Ordinal, IReadOnlyList<int[]> Spans);
