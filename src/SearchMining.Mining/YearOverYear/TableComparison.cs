using SearchMining.Core.Domain;

namespace SearchMining.Mining.YearOverYear;

/// <summary>One of the three tables compared cell by cell; the statuses say whether each year's table could be read.</summary>
public sealed record TableComparison(string Table, TableStatus CurrentStatus, TableStatus PreviousStatus, IReadOnlyList<CellChange> Cells)
{
    public int Changed => Cells.Count(c => c.Kind != CellChangeKind.Same);
}
