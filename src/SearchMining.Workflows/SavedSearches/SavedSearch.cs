using SearchMining.Workflows.Queries;

namespace SearchMining.Workflows.SavedSearches;

/// <summary>A search saved under a name.</summary>
/// <param name="Id">Short random id (URL-safe), stable for the search's life.</param>
/// <param name="SeenAt">When its hits were last marked as seen (creation time at first).</param>
public sealed record SavedSearch(string Id, string Name, QuerySpec Spec, DateTimeOffset CreatedAt, DateTimeOffset SeenAt);
