namespace SearchMining.Index.Storage;

public enum IndexOpenErrorKind
{
    /// <summary>The index was written with another schema version or other analyzers: rebuild it.</summary>
    SchemaMismatch,
    /// <summary>Another process holds the index's write lock.</summary>
    Locked,
    /// <summary>The folder holds files Lucene cannot read.</summary>
    Unreadable,
}

/// <param name="FoundSchema">What the index on disk says (version and analyzers), when known.</param>
public sealed record IndexOpenError(IndexOpenErrorKind Kind, string Message, string? FoundSchema = null);
