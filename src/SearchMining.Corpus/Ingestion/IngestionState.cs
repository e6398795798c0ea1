namespace SearchMining.Corpus.Ingestion;

public enum IngestionState
{
    /// <summary>Nothing was missing from the index (or the check has not begun).</summary>
    Idle,
    /// <summary>Checking the index files and comparing the index with the kept originals and the bundled corpus.</summary>
    Checking,
    Running,
    Completed,
    Failed,
}
