namespace SearchMining.Api.Configuration;

/// <summary>
/// The HTTP side of the <c>SearchMining</c> configuration section (appsettings.json, environment <c>SearchMining__MaxPageSize</c> …).
/// The corpus settings of the same section (IndexPath, CorpusPath, ModelPath …) bind to <see cref="SearchMining.Corpus.CorpusOptions"/>.
/// </summary>
internal sealed class SearchMiningOptions
{
    public const string Section = "SearchMining";

    /// <summary>Largest page a client may ask for (<c>size</c>); larger asks are a 400.</summary>
    public int MaxPageSize { get; set; } = 100;

    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Largest accepted upload, in bytes (413 above); by default the corpus's own file limit
    /// (<see cref="SearchMining.Core.Ingestion.InputLimits.MaxFileBytes"/>), so an upload and a file in a folder meet one limit.</summary>
    public long MaxUploadBytes { get; set; } = SearchMining.Core.Ingestion.InputLimits.Default.MaxFileBytes;

    /// <summary>Most rows one /api/export streams.</summary>
    public int MaxExportRows { get; set; } = 100_000;

    /// <summary>Write key; usually set through the environment variable <c>SEARCHMINING_API_KEY</c>.</summary>
    public string? ApiKey { get; set; }
}
