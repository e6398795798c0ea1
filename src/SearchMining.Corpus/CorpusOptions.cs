using SearchMining.Core.Ingestion;

namespace SearchMining.Corpus;

/// <summary>
/// Where the corpus lives and how it ingests: the one place for these paths and limits. The service binds it from the
/// <c>SearchMining</c> configuration section (<c>SearchMining__IndexPath</c> …); the command line sets it from its options.
/// </summary>
public sealed record CorpusOptions
{
    public const string DefaultIndexPath = SearchMining.Index.Storage.ReportIndexOptions.DefaultPath;
    public const string DefaultCorpusPath = SearchMining.Core.Corpus.CorpusFolders.Samples;
    public const string DefaultModelPath = SearchMining.Mining.Themes.ThemeModelFiles.Model;

    /// <summary>Files between commits when a folder is ingested by the service (a crash loses at most one batch).</summary>
    public const int ServiceBatchSize = 5;

    /// <summary>Files between commits for the command line's bulk ingestion.</summary>
    public const int BulkBatchSize = 200;

    /// <summary>Index folder; relative paths resolve against <see cref="ResolvedAgainst"/>'s base folder.</summary>
    public string IndexPath { get; init; } = DefaultIndexPath;

    /// <summary>The bundled reports the service ingests on start (samples/reports/).</summary>
    public string CorpusPath { get; init; } = DefaultCorpusPath;

    /// <summary>The trained theme classifier.</summary>
    public string ModelPath { get; init; } = DefaultModelPath;

    /// <summary>Tag statements with themes when the model loads (false: index without themes).</summary>
    public bool UseClassifier { get; init; } = true;

    /// <summary>
    /// On every start, ingest the reports of <see cref="CorpusPath"/> the corpus has never seen (a bundled report the user
    /// deleted stays deleted). Kept originals missing from the index are ingested again whatever this says.
    /// </summary>
    public bool IngestBundledReports { get; init; } = true;

    /// <summary>Wipe an index written with another schema, analyzers, dictionary, stored-JSON shape or model and rebuild it from the kept originals, instead of refusing to open it.</summary>
    public bool RebuildOnSchemaMismatch { get; init; } = true;

    /// <summary>Wipe the index and rebuild it from the kept originals now (<c>searchmining index --rebuild</c>).</summary>
    public bool Rebuild { get; init; }

    /// <summary>Open for searching only: no writer lock, no originals store, writes refused (<c>searchmining search</c>).</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Read every index file and check its checksum when the service starts (a damaged index is then reported at once, not at the first search).</summary>
    public bool VerifyIndexOnStart { get; init; } = true;

    /// <summary>Free disk space under which writes are refused (and /healthz says so).</summary>
    public long MinFreeDiskBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>How big an input may be (file, zip container, PDF pages and time, text per report and section).</summary>
    public InputLimits Limits { get; init; } = new();

    /// <summary>Files per commit during folder ingestion.</summary>
    public int BatchSize { get; init; } = ServiceBatchSize;

    /// <summary>The same options with every relative path made absolute against <paramref name="baseFolder"/>.</summary>
    public CorpusOptions ResolvedAgainst(string baseFolder)
    {
        string Full(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(baseFolder, path));
        return this with { IndexPath = Full(IndexPath), CorpusPath = Full(CorpusPath), ModelPath = Full(ModelPath) };
    }
}
