namespace SearchMining.Corpus.Storage;

/// <summary>How a kept original came into the corpus.</summary>
public enum OriginalOrigin
{
    /// <summary>Uploaded through the service (POST /api/reports).</summary>
    Upload,
    /// <summary>Ingested from a folder by the command line (<c>searchmining index</c>).</summary>
    Folder,
    /// <summary>One of the bundled reports the service ingests on start (samples/reports/).</summary>
    Bundled,
    /// <summary>No original was kept (an index from before the store): the report's text, taken back from the index.</summary>
    Recovered,
}
