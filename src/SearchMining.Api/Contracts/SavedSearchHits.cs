using SearchMining.Index.Searching;

namespace SearchMining.Api.Contracts;

/// <summary>The matched reports of a saved search (new ones, or all), newest match first, each with its best section.</summary>
internal sealed record SavedSearchHits(SavedSearchView Search, IReadOnlyList<SavedSearchHit> Hits);

/// <param name="New">Matched since the search was last marked as seen.</param>
internal sealed record SavedSearchHit(DateTimeOffset FirstMatchedAt, bool New, ReportHitGroup Report);
