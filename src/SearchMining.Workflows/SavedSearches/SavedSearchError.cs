namespace SearchMining.Workflows.SavedSearches;

/// <summary>Why a saved search could not be made or run.</summary>
/// <param name="Field">The parameter at fault (name, q, year …), or null.</param>
/// <param name="Kind">Stable code: InvalidValue, NameTaken, TooManySavedSearches, or a search error kind (QuerySyntax …).</param>
public sealed record SavedSearchError(string? Field, string Kind, string Message)
{
    public const string NameTaken = nameof(NameTaken);
    public const string TooManySavedSearches = nameof(TooManySavedSearches);
    public const string InvalidValue = nameof(InvalidValue);
}
