using SearchMining.Index.Searching;
using SearchMining.Workflows.Queries;

namespace SearchMining.Workflows.SavedSearches;

/// <summary>
/// Saved searches and their alerts: a search saved under a name remembers the reports it matched; whenever it is looked
/// at (the page, the API, its Atom feed) it runs again, and reports it did not match before — newly ingested ones — are
/// its new hits until they are marked as seen.
/// </summary>
public sealed class SavedSearchService(SavedSearchStore store, Func<SectionSearchEngine> engine, WorkflowOptions options, TimeProvider? clock = null)
{
    public const int MaxNameLength = 100;

    /// <summary>Entries one feed or one list of new hits shows at most.</summary>
    public const int MaxEntries = 50;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public SavedSearchStore Store { get; } = store;

    public (SavedSearch? Search, SavedSearchError? Error) Create(string? name, QuerySpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        name = name?.Trim() ?? "";
        if (name.Length == 0) return (null, new SavedSearchError("name", SavedSearchError.InvalidValue, "Give the saved search a name."));
        if (name.Length > MaxNameLength) return (null, new SavedSearchError("name", SavedSearchError.InvalidValue, $"The name is longer than {MaxNameLength} characters."));
        if (Store.Count() >= options.MaxSavedSearches)
            return (null, new SavedSearchError(null, SavedSearchError.TooManySavedSearches, $"This service keeps at most {options.MaxSavedSearches} saved searches; delete some first."));
        var (matches, error) = Matching(spec);
        if (error is not null) return (null, error);
        var saved = Store.Create(name, spec, matches!, _clock.GetUtcNow());
        return saved is null
            ? (null, new SavedSearchError("name", SavedSearchError.NameTaken, $"A saved search is already named '{name}'."))
            : (saved, null);
    }

    public IReadOnlyList<SavedSearchStatus> List() => Store.List().Select(Refresh).ToList();

    /// <summary>The search run again now (recording newly matched reports), or null for an unknown id.</summary>
    public SavedSearchStatus? Status(string id) => Store.Get(id) is { } search ? Refresh(search) : null;

    /// <summary>The newest matches (new ones only, or all current ones) with their best sections, or null for an unknown id.</summary>
    public (SavedSearchStatus Status, IReadOnlyList<SavedSearchEntry> Entries)? Entries(string id, bool newOnly, int max = MaxEntries)
    {
        if (Store.Get(id) is not { } search) return null;
        var matches = Record(search, out var status);
        if (status.Error is not null) return (status, []);
        var chosen = matches.Where(m => !newOnly || !m.Seen).Take(Math.Clamp(max, 1, MaxEntries)).ToList();
        var (request, _) = search.Spec.ToRequest(size: chosen.Count == 0 ? 1 : chosen.Count, snippets: 1);
        var outcome = engine().SearchWithin(request! with { SectionsPerReport = 1 }, chosen.Select(m => m.ReportId).ToList());
        var hits = outcome.Results?.Groups.ToDictionary(g => g.ReportId, StringComparer.Ordinal) ?? [];
        return (status, chosen.Where(m => hits.ContainsKey(m.ReportId)).Select(m => new SavedSearchEntry(m, hits[m.ReportId])).ToList());
    }

    public bool MarkSeen(string id)
    {
        if (Store.Get(id) is not { } search) return false;
        Record(search, out _); // what matches now is what the person has seen
        return Store.MarkSeen(id, _clock.GetUtcNow());
    }

    public bool Delete(string id) => Store.Delete(id);

    private SavedSearchStatus Refresh(SavedSearch search)
    {
        Record(search, out var status);
        return status;
    }

    private IReadOnlyList<SavedMatch> Record(SavedSearch search, out SavedSearchStatus status)
    {
        var (matching, error) = Matching(search.Spec);
        if (error is not null)
        {
            status = new SavedSearchStatus(search, 0, [], error);
            return [];
        }
        var matches = Store.Record(search.Id, matching!, _clock.GetUtcNow());
        status = new SavedSearchStatus(search, matches.Count, matches.Where(m => !m.Seen).ToList(), null);
        return matches;
    }

    private (IReadOnlyList<string>? Reports, SavedSearchError? Error) Matching(QuerySpec spec)
    {
        var (request, specError) = spec.ToRequest();
        if (specError is not null) return (null, new SavedSearchError(specError.Field, specError.Kind, specError.Message));
        var (reports, error) = engine().MatchingReports(request!);
        if (error is not null)
        {
            var e = QuerySpec.FromSearchError(error);
            return (null, new SavedSearchError(e.Field, e.Kind, e.Message));
        }
        return (reports!.Select(r => r.ReportId).ToList(), null);
    }
}
