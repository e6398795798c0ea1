namespace SearchMining.Index.Storage;

public enum IndexOpenErrorKind
{
    /// <summary>The index was written with another schema version, analyzers or content key: rebuild it.</summary>
    SchemaMismatch,
    /// <summary>Another process holds the index's write lock.</summary>
    Locked,
    /// <summary>The folder holds files Lucene cannot read.</summary>
    Unreadable,
    /// <summary>The index files are damaged (truncated, bad checksum).</summary>
    Corrupt,
    /// <summary>The folder cannot be written (read-only, no permission, out of disk).</summary>
    Unwritable,
    /// <summary>Opened read-only but no index is there.</summary>
    Missing,
}

/// <param name="FoundSchema">What the index on disk says (version, analyzers, content key), when known.</param>
public sealed record IndexOpenError(IndexOpenErrorKind Kind, string Message, string? FoundSchema = null);
