using Lucene.Net.Search;

namespace SearchMining.Index.Searching.Pruning;

/// <summary>
/// One leaf of a query's score bound: its weight (for an iterator over the documents it matches), whether it is scored
/// (BM25: its bound is <c>idf · boost · (k1 + 1)</c>) or constant (its boost), and its bound with the ancestors' boosts.
/// A scored leaf also carries what its block maxima (<see cref="BlockMaxima"/>) need: <paramref name="Unit"/>, its weight's
/// own bound (<c>idf · boost · (k1 + 1)</c> without the ancestors' boosts or the margin), and <paramref name="MaximaKey"/>,
/// what its per-block maxima depend on besides the segment (the clause without its boost, BM25's k1 and b, the field's
/// length statistics); null for constant leaves.
/// </summary>
internal sealed record ScoreLeaf(Weight Weight, bool Scored, double Value, double Unit = 0, string? MaximaKey = null);
