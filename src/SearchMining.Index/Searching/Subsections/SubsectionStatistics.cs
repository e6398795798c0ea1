namespace SearchMining.Index.Searching.Subsections;

/// <summary>Where the BM25 statistics of subsection hits rebuilt from section documents come from.</summary>
public enum SubsectionStatistics
{
    /// <summary>The index's own <c>sub_*</c> fields (while the index still has subsection documents): the same scores as searching them.</summary>
    SubsectionFields,
    /// <summary>
    /// The section fields read under the subsection names (<see cref="SectionFieldsReader"/>), for building the query (a
    /// word's presence and specificity, a prefix's words) and for BM25 (document frequencies and average length of
    /// sections, not subsections): what an index without subsection documents can give. Each subsection keeps its own
    /// length norm and term frequencies.
    /// </summary>
    SectionFields,
}
