namespace SearchMining.Core.Domain;

public enum TableStatus
{
    /// <summary>The report has no such table (section missing, or an old template without tables).</summary>
    Absent,
    Parsed,
    /// <summary>The table is there but cannot be read unambiguously (e.g. cells run together); not guessed.</summary>
    Unreadable,
    /// <summary>Some rows were read; the others could not be read unambiguously and are left out (see the report's warnings).</summary>
    Partial,
}
