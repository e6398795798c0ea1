using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchMining.Index.Searching.Subsections;

/// <summary>
/// A searcher over the rebuilt subsection documents (a small in-memory index) whose term and collection statistics are the
/// whole index's, so BM25 weighs a word by the corpus, not by the handful of rebuilt documents; each document keeps its own
/// length norm and term frequencies.
/// </summary>
/// <param name="corpus">The searcher whose statistics are used: the index's, or its <see cref="SectionFieldsReader"/> view.</param>
internal sealed class StatisticsSearcher(IndexReader reader, IndexSearcher corpus) : IndexSearcher(reader)
{
    /// <summary>The same searcher (reader and statistics) scoring with <paramref name="similarity"/> (<c>Querying.SimilarityQuery</c>).</summary>
    public StatisticsSearcher With(Lucene.Net.Search.Similarities.Similarity similarity) => new(IndexReader, corpus) { Similarity = similarity };

    private readonly Dictionary<Term, TermStatistics> _terms = [];
    private readonly Dictionary<string, CollectionStatistics> _collections = new(StringComparer.Ordinal);

    public override TermStatistics TermStatistics(Term term, TermContext context)
    {
        lock (_terms)
        {
            if (_terms.TryGetValue(term, out var known)) return known;
            var stats = corpus.TermStatistics(term, TermContext.Build(corpus.TopReaderContext, term));
            return _terms[term] = new TermStatistics(term.Bytes, stats.DocFreq, stats.TotalTermFreq);
        }
    }

    public override CollectionStatistics CollectionStatistics(string field)
    {
        lock (_collections)
        {
            if (_collections.TryGetValue(field, out var known)) return known;
            var stats = corpus.CollectionStatistics(field);
            return _collections[field] = new CollectionStatistics(field, stats.MaxDoc, stats.DocCount, stats.SumTotalTermFreq, stats.SumDocFreq);
        }
    }
}
