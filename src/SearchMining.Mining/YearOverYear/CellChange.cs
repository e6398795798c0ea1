namespace SearchMining.Mining.YearOverYear;

/// <summary>
/// One table cell compared across the two years: the table (proactive / applications / review-litigation), the row and
/// column as labelled, the cells as written and, when both are numbers, the change.
/// </summary>
public sealed record CellChange(string Table, string Row, string Column, string? Previous, string? Current, decimal? Delta, CellChangeKind Kind);
