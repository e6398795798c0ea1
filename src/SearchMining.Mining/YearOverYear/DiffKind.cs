namespace SearchMining.Mining.YearOverYear;

public enum DiffKind
{
    Same,
    Inserted,
    Deleted,
}
