namespace SearchMining.Index.Storage;

/// <param name="Reports">Reports visible to searches (including uncommitted ones).</param>
/// <param name="Sections">Section documents of numbered sections (the searchable preamble documents, section 0, are not counted).</param>
/// <param name="Subsections">Subsection documents.</param>
/// <param name="SizeOnDiskBytes">Sum of the index files' sizes.</param>
/// <param name="SchemaVersion">Schema version the index was written with.</param>
/// <param name="Analyzers">Name of the analyzer set the index was written with.</param>
/// <param name="LastCommit">Time of the last commit, when recorded.</param>
public sealed record IndexStats(int Reports, int Sections, int Subsections, long SizeOnDiskBytes, int SchemaVersion, string Analyzers, DateTimeOffset? LastCommit);
