using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Searching.Subsections;

/// <summary>
/// A searcher over the rebuilt subsection documents (a small in-memory index) whose term and collection statistics are the
/// whole index's, so BM25 weighs a word by the corpus, not by the handful of rebuilt documents; each document keeps its own
/// length norm and term frequencies.
/// </summary>
internal sealed class StatisticsSearcher(IndexReader reader, IndexSearcher corpus, SubsectionStatistics source) : IndexSearcher(reader)
{
    /// <summary>The same searcher (reader and statistics) scoring with <paramref name="similarity"/> (<c>Querying.SimilarityQuery</c>).</summary>
    public StatisticsSearcher With(Lucene.Net.Search.Similarities.Similarity similarity) => new(IndexReader, corpus, source) { Similarity = similarity };

    private readonly Dictionary<Term, TermStatistics> _terms = [];
    private readonly Dictionary<string, CollectionStatistics> _collections = new(StringComparer.Ordinal);

    public override TermStatistics TermStatistics(Term term, TermContext context)
    {
        lock (_terms)
        {
            if (_terms.TryGetValue(term, out var known)) return known;
            var corpusTerm = new Term(FieldOf(term.Field), term.Bytes);
            var stats = corpus.TermStatistics(corpusTerm, TermContext.Build(corpus.TopReaderContext, corpusTerm));
            return _terms[term] = new TermStatistics(term.Bytes, stats.DocFreq, stats.TotalTermFreq);
        }
    }

    public override CollectionStatistics CollectionStatistics(string field)
    {
        lock (_collections)
        {
            if (_collections.TryGetValue(field, out var known)) return known;
            var stats = corpus.CollectionStatistics(FieldOf(field));
            return _collections[field] = new CollectionStatistics(field, stats.MaxDoc, stats.DocCount, stats.SumTotalTermFreq, stats.SumDocFreq);
        }
    }

    private string FieldOf(string field)
    {
        if (source == SubsectionStatistics.SubsectionFields) return field;
        if (field == TextFields.Subsection.Words) return TextFields.Section.Words;
        if (field == TextFields.Subsection.Bigram) return TextFields.Section.Bigram;
        if (field == TextFields.Subsection.SmartCn) return TextFields.Section.SmartCn;
        if (field == TextFields.Subsection.TitleWords) return TextFields.Section.TitleWords;
        return field;
    }
}
