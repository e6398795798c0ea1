using SearchMining.Workflows.SavedSearches;

namespace SearchMining.Api.Contracts;

/// <summary>A saved search as the API shows it.</summary>
/// <param name="Search">Its query string (<c>q=…&amp;agency=…</c>): <c>/?{search}</c> opens it in the page.</param>
/// <param name="Matching">Reports it matches now.</param>
/// <param name="NewHits">Reports matched since it was last marked as seen.</param>
/// <param name="Error">Why it cannot run now, or null.</param>
/// <param name="Feed">Its Atom feed.</param>
internal sealed record SavedSearchView(
    string Id,
    string Name,
    string Search,
    string Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    DateTimeOffset CreatedAt,
    DateTimeOffset SeenAt,
    int Matching,
    int NewHits,
    IReadOnlyList<SavedMatch> NewMatches,
    string? ErrorKind,
    string? Error,
    string Feed)
{
    public static SavedSearchView From(SavedSearchStatus status) => new(
        status.Search.Id, status.Search.Name, status.Search.Spec.ToQueryString(), status.Search.Spec.Query, status.Search.Spec.Filters,
        status.Search.CreatedAt, status.Search.SeenAt, status.Matching, status.NewMatches.Count, status.NewMatches,
        status.Error?.Kind, status.Error?.Message, $"/api/saved-searches/{status.Search.Id}/feed");
}
