using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Index.Querying;
using SearchMining.Index.Schema;
using SearchMining.Index.Storage;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Querying;

/// <summary>BM25 parameters chosen when searching (<see cref="RelevanceOptions.Bm25B"/>, <see cref="RelevanceOptions.Bm25K1"/>) on the sample index.</summary>
[Collection(SampleIndexCollection.Name)]
public sealed class SimilarityQueryTests(SampleIndexFixture fixture)
{
    private static readonly Term Disclosure = new(IndexFields.TextBigram, "公开");

    [Fact]
    public void The_index_parameters_score_exactly_as_the_searcher_does()
    {
        var (plain, same) = fixture.Index.WithSearcher(searcher => (
            searcher.Search(new TermQuery(Disclosure), 1000).ScoreDocs,
            searcher.Search(new SimilarityQuery(new TermQuery(Disclosure), new FieldAwareBm25Similarity(1.2f, 0.75f)), 1000).ScoreDocs));

        plain.Length.ShouldBeGreaterThan(10);
        same.Select(d => (d.Doc, d.Score)).ShouldBe(plain.Select(d => (d.Doc, d.Score)));
    }

    [Fact]
    public void Without_length_normalisation_the_score_follows_the_term_frequency_alone()
    {
        var (ranked, freqs) = fixture.Index.WithSearcher(searcher =>
        {
            var docs = searcher.Search(new SimilarityQuery(new TermQuery(Disclosure), new FieldAwareBm25Similarity(1.2f, 0f)), 1000).ScoreDocs;
            var freq = new Dictionary<int, int>();
            var postings = MultiFields.GetTermDocsEnum(searcher.IndexReader, MultiFields.GetLiveDocs(searcher.IndexReader), Disclosure.Field, Disclosure.Bytes);
            while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) freq[postings.DocID] = postings.Freq;
            return (docs, freq);
        });

        ranked.Length.ShouldBe(freqs.Count);
        ranked.Select(d => freqs[d.Doc]).Distinct().Count().ShouldBeGreaterThan(1); // frequencies to order
        for (var i = 1; i < ranked.Length; i++)
        {
            freqs[ranked[i - 1].Doc].ShouldBeGreaterThanOrEqualTo(freqs[ranked[i].Doc]);
            if (freqs[ranked[i - 1].Doc] == freqs[ranked[i].Doc]) ranked[i - 1].Score.ShouldBe(ranked[i].Score);
        }
    }
}
