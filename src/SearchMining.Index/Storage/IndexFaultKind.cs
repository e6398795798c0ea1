namespace SearchMining.Index.Storage;

/// <summary>What kind of storage fault an exception from the index is.</summary>
public enum IndexFaultKind
{
    /// <summary>The index files are damaged (truncated, bad checksum, unreadable format).</summary>
    Corrupt,
    /// <summary>The folder cannot be written (read-only file system, no permission).</summary>
    Unwritable,
    /// <summary>The disk is full.</summary>
    OutOfDisk,
    /// <summary>Another writer holds the lock.</summary>
    Locked,
    /// <summary>Another input/output failure.</summary>
    IoError,
}
