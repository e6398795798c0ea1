namespace SearchMining.Index.Searching;

/// <summary>Search results or a typed error; searches never throw for bad input.</summary>
public sealed record SearchOutcome(SearchResults? Results, SearchError? Error)
{
    public bool Succeeded => Results is not null;

    public static SearchOutcome Success(SearchResults results) => new(results, null);

    public static SearchOutcome Failure(SearchError error) => new(null, error);
}
