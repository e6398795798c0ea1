using SearchMining.Index.Analysis;

namespace SearchMining.Index.Storage;

/// <param name="Path">Folder of the index (created when missing); <c>index</c> by default.</param>
/// <param name="Analyzers">Analyzers to index and query with; the index owns and disposes them.</param>
/// <param name="RebuildOnSchemaMismatch">Wipe an index of another schema version, analyzers or content key instead of refusing to open it.</param>
public sealed record ReportIndexOptions(string Path, IndexAnalyzers Analyzers, bool RebuildOnSchemaMismatch = false)
{
    public const string DefaultPath = "index";

    /// <summary>
    /// What else the indexed content depends on (e.g. stored-JSON shape, dictionary and model fingerprints), recorded in
    /// every commit; a writer finding another key treats the index as another schema. Null: not recorded, not checked.
    /// </summary>
    public string? ContentKey { get; init; }

    /// <summary>Wipe whatever index is there and start an empty one (a rebuild).</summary>
    public bool Recreate { get; init; }

    /// <summary>Open for searching only: no writer and no write lock (a running writer elsewhere is not disturbed).</summary>
    public bool ReadOnly { get; init; }

    /// <summary>When the writer cannot be opened (read-only folder, no permission) open the existing index read-only instead of failing.</summary>
    public bool ReadOnlyWhenUnwritable { get; init; }
}
