using SearchMining.Index.Searching;

namespace SearchMining.Workflows.SavedSearches;

/// <summary>A matched report with its best sections for the query (hits, snippets), as a list or a feed shows it.</summary>
public sealed record SavedSearchEntry(SavedMatch Match, ReportHitGroup Hit);
