namespace SearchMining.Index.Searching.Subsections;

/// <summary>Where the BM25 statistics of subsection hits rebuilt from section documents come from.</summary>
public enum SubsectionStatistics
{
    /// <summary>The index's own <c>sub_*</c> fields (while the index still has subsection documents): the same scores as searching them.</summary>
    SubsectionFields,
    /// <summary>
    /// The section fields' statistics (document frequencies and average length of sections, not subsections): what an index
    /// without subsection documents can give; each subsection keeps its own length norm.
    /// </summary>
    SectionFields,
}
