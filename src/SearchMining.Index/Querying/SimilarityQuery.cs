using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchMining.Index.Querying;

/// <summary>
/// Scores <see cref="Inner"/> with another similarity than the searcher's (BM25 with other k1 / b): its weight is created on a
/// searcher over the same reader whose similarity is <see cref="Similarity"/>. BM25's norms do not depend on k1 or b (they
/// are applied when searching), so the index need not be rebuilt. Used by <see cref="LuceneQueryBuilder"/> when
/// <see cref="RelevanceOptions.Bm25K1"/> / <see cref="RelevanceOptions.Bm25B"/> differ from the index's similarity.
/// </summary>
internal sealed class SimilarityQuery(Query inner, Similarity similarity) : Query
{
    public Query Inner { get; } = inner;
    public Similarity Similarity { get; } = similarity;

    public override Weight CreateWeight(IndexSearcher searcher) =>
        Inner.CreateWeight(searcher is Searching.Subsections.StatisticsSearcher rebuilt
            ? rebuilt.With(Similarity) // keeps the corpus's statistics (subsections rebuilt from section documents)
            : new IndexSearcher(searcher.IndexReader) { Similarity = Similarity });

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = Inner.Rewrite(reader);
        return ReferenceEquals(rewritten, Inner) ? this : new SimilarityQuery(rewritten, Similarity) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms) => Inner.ExtractTerms(terms);

    public override string ToString(string field) => $"similarity({Inner.ToString(field)})";

    public override bool Equals(object? obj) =>
        obj is SimilarityQuery other && Inner.Equals(other.Inner) && ReferenceEquals(Similarity, other.Similarity) && Boost == other.Boost;

    public override int GetHashCode() => HashCode.Combine(Inner, Similarity, Boost);
}
