using SearchMining.Index.Analysis;

namespace SearchMining.Index.Storage;

/// <param name="Path">Folder of the index (created when missing); <c>index</c> by default.</param>
/// <param name="Analyzers">Analyzers to index and query with; the index owns and disposes them.</param>
/// <param name="RebuildOnSchemaMismatch">Wipe an index of another schema version (or analyzers) instead of refusing to open it.</param>
public sealed record ReportIndexOptions(string Path, IndexAnalyzers Analyzers, bool RebuildOnSchemaMismatch = false)
{
    public const string DefaultPath = "index";
}
