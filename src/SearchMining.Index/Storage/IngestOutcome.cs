namespace SearchMining.Index.Storage;

public enum IngestOutcome
{
    Added,
    /// <summary>
    /// A report with the same id was there with other content (e.g. new themes), or an earlier version of the same
    /// file (same name, agency and year; see <see cref="IngestResult.Superseded"/>), and was replaced.
    /// </summary>
    Replaced,
    /// <summary>The same report with the same content was already indexed: nothing written.</summary>
    Unchanged,
}
