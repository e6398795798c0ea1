using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchMining.Index.Storage;

/// <summary>
/// BM25 whose statistics count only documents that have the field (as Lucene ≥ 5 does). Lucene 4.8 divides by maxDoc,
/// so the report and subsection documents of this index, which have no section text, would halve the average section
/// length and the IDF base, and long sections would be over-penalised.
/// </summary>
internal sealed class FieldAwareBm25Similarity : BM25Similarity
{
    /// <summary>Lucene's BM25 defaults (k1 1.2, b 0.75), the index's similarity.</summary>
    public FieldAwareBm25Similarity() { }

    /// <summary>Other saturation (<paramref name="k1"/>) or length normalisation (<paramref name="b"/>), for searching only.</summary>
    public FieldAwareBm25Similarity(float k1, float b) : base(k1, b) { }

    protected override float AvgFieldLength(CollectionStatistics collectionStats)
    {
        var docs = DocsWithField(collectionStats);
        return collectionStats.SumTotalTermFreq <= 0 || docs <= 0 ? 1f : (float)(collectionStats.SumTotalTermFreq / (double)docs);
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats)
    {
        var docs = DocsWithField(collectionStats);
        var idf = Idf(termStats.DocFreq, docs);
        return new Explanation(idf, $"idf(docFreq={termStats.DocFreq}, docCount={docs})");
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        var docs = DocsWithField(collectionStats);
        var result = new Explanation { Description = "idf(), sum of:" };
        var sum = 0f;
        foreach (var stat in termStats)
        {
            var idf = Idf(stat.DocFreq, docs);
            result.AddDetail(new Explanation(idf, $"idf(docFreq={stat.DocFreq}, docCount={docs})"));
            sum += idf;
        }
        result.Value = sum;
        return result;
    }

    private static long DocsWithField(CollectionStatistics stats) => stats.DocCount > 0 ? stats.DocCount : stats.MaxDoc;
}
