namespace SearchMining.Api.Contracts;

/// <summary>The body of POST /api/saved-searches.</summary>
/// <param name="Name">How the search is listed (1–100 characters, unique).</param>
/// <param name="Search">The search as a query string with the search's parameter names: <c>q=培训&amp;agency=…&amp;year=2019..2023</c> (others such as sort or cursor are ignored).</param>
internal sealed record SavedSearchRequest(string? Name, string? Search);
