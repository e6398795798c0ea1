using Lucene.Net.Search;

namespace SearchMining.Index.Querying;

/// <summary>A people's query turned into Lucene: the query, its positive words (for per-hit match reports and highlights).</summary>
/// <param name="Query">The Lucene query (match-all for an empty query).</param>
/// <param name="Terms">The positive query words, in query order.</param>
/// <param name="HasText">The query holds words or phrases (not only field clauses).</param>
/// <param name="Searchable">Some word or phrase of the query left something to search for after analysis (false for 😀, ?, \).</param>
internal sealed record BuiltQuery(Query Query, IReadOnlyList<QueryTerm> Terms, bool HasText, bool Searchable);
