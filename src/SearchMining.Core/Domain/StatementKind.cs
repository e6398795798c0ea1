namespace SearchMining.Core.Domain;

/// <summary>Kind of a section-五 statement (see THEMES.md).</summary>
public enum StatementKind
{
    Problem,
    Rectification,
    Measure,
}
