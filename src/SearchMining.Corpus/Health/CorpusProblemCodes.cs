namespace SearchMining.Corpus.Health;

/// <summary>The stable codes of <see cref="CorpusProblem"/> (the Api's <c>errorKind</c>).</summary>
public static class CorpusProblemCodes
{
    /// <summary>The index could not be opened.</summary>
    public const string IndexUnavailable = "IndexUnavailable";
    /// <summary>The index files are damaged (a failed checksum, a truncated file).</summary>
    public const string IndexCorrupt = "IndexCorrupt";
    /// <summary>The index folder cannot be written (read-only, no permission).</summary>
    public const string IndexUnwritable = "IndexUnwritable";
    /// <summary>Too little free disk space to write.</summary>
    public const string OutOfDisk = "OutOfDisk";
    /// <summary>Another process holds the index folder's writer lock.</summary>
    public const string IndexLocked = "IndexLocked";
}
