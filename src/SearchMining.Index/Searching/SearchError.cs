namespace SearchMining.Index.Searching;

/// <param name="Position">0-based character offset in the query text, for query errors.</param>
/// <param name="Field">The offending field name, for field errors.</param>
public sealed record SearchError(SearchErrorKind Kind, string Message, int? Position = null, string? Field = null);
