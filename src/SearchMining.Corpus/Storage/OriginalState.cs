namespace SearchMining.Corpus.Storage;

/// <summary>What the store knows of a file's bytes (by their hash).</summary>
public enum OriginalState
{
    /// <summary>Never seen.</summary>
    Unknown,
    /// <summary>Kept: its report is (or is to be) in the index.</summary>
    Kept,
    /// <summary>Its report was deleted or replaced by a later version: not to be ingested again on its own.</summary>
    Removed,
}
