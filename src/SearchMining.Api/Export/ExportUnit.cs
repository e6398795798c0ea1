namespace SearchMining.Api.Export;

/// <summary>What one exported row is.</summary>
internal enum ExportUnit
{
    /// <summary>One matching section with its full text.</summary>
    Sections,
    /// <summary>One tagged statement (kind, themes) of each matching problems section.</summary>
    Statements,
}
