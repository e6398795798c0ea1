namespace SearchMining.Mining.YearOverYear;

public enum CellChangeKind
{
    Same,
    Changed,
    /// <summary>The cell is read this year only.</summary>
    Added,
    /// <summary>The cell was read last year only.</summary>
    Removed,
}
