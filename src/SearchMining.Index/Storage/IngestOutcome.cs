namespace SearchMining.Index.Storage;

public enum IngestOutcome
{
    Added,
    /// <summary>A report with the same id was there with other content (e.g. new themes) and was replaced.</summary>
    Replaced,
    /// <summary>The same report with the same content was already indexed: nothing written.</summary>
    Unchanged,
}
