using SearchMining.Index.Searching;

namespace SearchMining.Index.Querying;

/// <summary>A parsed query (null root = empty query) or a typed error.</summary>
public sealed record QueryParseResult(QueryNode? Root, SearchError? Error)
{
    public bool Succeeded => Error is null;
}
