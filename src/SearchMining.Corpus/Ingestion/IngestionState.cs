namespace SearchMining.Corpus.Ingestion;

public enum IngestionState
{
    /// <summary>No first-start ingestion was needed (the index had reports) or it has not begun.</summary>
    Idle,
    Running,
    Completed,
    Failed,
}
