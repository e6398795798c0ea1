namespace SearchMining.Index.Storage;

/// <summary>An opened index or the reason it could not be opened.</summary>
public sealed record IndexOpenResult(ReportIndex? Index, IndexOpenError? Error)
{
    public bool Succeeded => Index is not null;
}
