namespace SearchMining.Index.Storage;

/// <summary>An opened index or the reason it could not be opened.</summary>
/// <param name="RebuiltFrom">When the index was wiped because it had another schema: what it had (else null).</param>
public sealed record IndexOpenResult(ReportIndex? Index, IndexOpenError? Error, string? RebuiltFrom = null)
{
    public bool Succeeded => Index is not null;
}
