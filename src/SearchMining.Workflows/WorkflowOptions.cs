namespace SearchMining.Workflows;

/// <summary>
/// Where the researchers' workflows keep their state and how much one request may ask: the one place for these paths
/// and limits. The service binds it from the <c>SearchMining</c> configuration section; the command line sets it.
/// </summary>
public sealed record WorkflowOptions
{
    /// <summary>Folders searched (recursively) for SOURCES.tsv files that name each bundled report's source.</summary>
    public static IReadOnlyList<string> DefaultSourceFolders { get; } = [Core.Corpus.CorpusFolders.Samples, Core.Corpus.CorpusFolders.Collected];

    public const int DefaultBatchTopHits = 3;
    public const int MaxBatchTopHits = 20;
    public const int DefaultMaxBatchQueries = 1000;
    public const long DefaultMaxBatchBytes = 1024 * 1024;
    public const int DefaultMaxSavedSearches = 1000;

    /// <summary>The workflow database (saved searches and what each has matched); empty: beside the index, see <see cref="WorkspaceFor"/>.</summary>
    public string WorkspacePath { get; init; } = "";

    /// <summary>Folders holding SOURCES.tsv files (relative paths resolve against the repository root).</summary>
    public IReadOnlyList<string> SourceFolders { get; init; } = DefaultSourceFolders;

    /// <summary>Queries one batch may hold.</summary>
    public int MaxBatchQueries { get; init; } = DefaultMaxBatchQueries;

    /// <summary>Largest batch file, in bytes.</summary>
    public long MaxBatchBytes { get; init; } = DefaultMaxBatchBytes;

    /// <summary>Saved searches one service keeps at most.</summary>
    public int MaxSavedSearches { get; init; } = DefaultMaxSavedSearches;

    /// <summary>
    /// The database path for an index folder: <c>&lt;index&gt;-workspace/workflows.db</c>, beside the index and not inside
    /// it, so a rebuild (which may wipe the index folder) keeps the saved searches.
    /// </summary>
    public static string WorkspaceFor(string indexPath)
    {
        var full = Path.GetFullPath(indexPath).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? full;
        return Path.Combine(parent, Path.GetFileName(full) + "-workspace", "workflows.db");
    }

    /// <summary>The same options with paths made absolute: the workspace beside <paramref name="indexPath"/> when not set.</summary>
    public WorkflowOptions ResolvedAgainst(string baseFolder, string indexPath)
    {
        string Full(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(baseFolder, path));
        return this with
        {
            WorkspacePath = string.IsNullOrWhiteSpace(WorkspacePath) ? WorkspaceFor(Full(indexPath)) : Full(WorkspacePath),
            SourceFolders = SourceFolders.Select(Full).ToList(),
        };
    }
}
