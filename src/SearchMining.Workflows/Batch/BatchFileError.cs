namespace SearchMining.Workflows.Batch;

/// <summary>Why a whole batch file is refused (nothing runs): empty, too many queries, not text.</summary>
/// <param name="Kind">Stable code: EmptyBatch, TooManyQueries, NotText, NoQueryColumn.</param>
public sealed record BatchFileError(string Kind, string Message)
{
    public const string EmptyBatch = nameof(EmptyBatch);
    public const string TooManyQueries = nameof(TooManyQueries);
    public const string NotText = nameof(NotText);
    public const string NoQueryColumn = nameof(NoQueryColumn);
}
