namespace SearchMining.Workflows.SavedSearches;

/// <summary>A saved search as it stands now.</summary>
/// <param name="Matching">Reports it matches now.</param>
/// <param name="NewMatches">Reports matched since its hits were last marked as seen, newest first.</param>
/// <param name="Error">Why it cannot run now (its query no longer parses …), or null.</param>
public sealed record SavedSearchStatus(SavedSearch Search, int Matching, IReadOnlyList<SavedMatch> NewMatches, SavedSearchError? Error);
