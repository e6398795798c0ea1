using Lucene.Net.Search;

namespace SearchMining.Index.Searching.Pruning;

/// <summary>
/// One leaf of a query's score bound: its weight (for an iterator over the documents it matches), whether it is scored
/// (BM25: its bound is <c>idf · boost · (k1 + 1)</c>) or constant (its boost), and its bound with the ancestors' boosts.
/// </summary>
internal sealed record ScoreLeaf(Weight Weight, bool Scored, double Value);
