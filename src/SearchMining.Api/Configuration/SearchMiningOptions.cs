namespace SearchMining.Api.Configuration;

/// <summary>The <c>SearchMining</c> configuration section (appsettings.json, environment <c>SearchMining__IndexPath</c> …).</summary>
public sealed class SearchMiningOptions
{
    public const string Section = "SearchMining";

    /// <summary>Index folder; relative paths resolve against the repository root (or the content root).</summary>
    public string IndexPath { get; set; } = "index/";

    /// <summary>Corpus ingested on first start when the index is empty.</summary>
    public string CorpusPath { get; set; } = "samples/reports/";

    /// <summary>The trained theme classifier.</summary>
    public string ModelPath { get; set; } = "models/theme-classifier.zip";

    /// <summary>Ingest <see cref="CorpusPath"/> on start when the index holds no report.</summary>
    public bool IngestCorpusWhenEmpty { get; set; } = true;

    /// <summary>Largest page a client may ask for (<c>size</c>); larger asks are a 400.</summary>
    public int MaxPageSize { get; set; } = 100;

    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Largest accepted upload, in bytes (413 above).</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Most rows one /api/export streams.</summary>
    public int MaxExportRows { get; set; } = 100_000;

    /// <summary>Write key; usually set through the environment variable <c>SEARCHMINING_API_KEY</c>.</summary>
    public string? ApiKey { get; set; }
}
