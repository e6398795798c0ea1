using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchMining.Index.Storage;

/// <summary>
/// BM25 for indexing (norms) and searching alike. Lucene.Net 4.8 defaults to classic TF-IDF, which lets long overview
/// sections win on sheer length; BM25 ranked the judged set better (docs/RELEVANCE.md).
/// </summary>
internal sealed class RankingSimilarity : SearcherFactory
{
    public static Similarity Create() => new FieldAwareBm25Similarity();

    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Create() };
}
