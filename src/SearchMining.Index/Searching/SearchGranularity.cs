namespace SearchMining.Index.Searching;

public enum SearchGranularity
{
    /// <summary>Hits are whole sections (the default unit users read).</summary>
    Section,
    /// <summary>Hits are subsections （一）… where sections have them.</summary>
    Subsection,
}
