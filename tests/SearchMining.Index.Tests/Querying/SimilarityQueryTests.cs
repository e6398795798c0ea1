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

    [Fact]
    public void The_bigram_field_gets_its_own_length_normalisation_and_the_word_field_keeps_the_other()
    {
        var words = new Term(IndexFields.TextWords, "公开");
        var perField = new FieldBm25Similarity(1.2f, 0.75f, 0f);
        var (bigramPerField, bigramFlat, wordsPerField, wordsIndex) = fixture.Index.WithSearcher(searcher => (
            searcher.Search(new SimilarityQuery(new TermQuery(Disclosure), perField), 1000).ScoreDocs,
            searcher.Search(new SimilarityQuery(new TermQuery(Disclosure), new FieldAwareBm25Similarity(1.2f, 0f)), 1000).ScoreDocs,
            searcher.Search(new SimilarityQuery(new TermQuery(words), perField), 1000).ScoreDocs,
            searcher.Search(new TermQuery(words), 1000).ScoreDocs));

        bigramPerField.Length.ShouldBeGreaterThan(10);
        wordsPerField.Length.ShouldBeGreaterThan(10);
        bigramPerField.Select(d => (d.Doc, d.Score)).ShouldBe(bigramFlat.Select(d => (d.Doc, d.Score)));
        wordsPerField.Select(d => (d.Doc, d.Score)).ShouldBe(wordsIndex.Select(d => (d.Doc, d.Score)));
        // b 0 and b 0.75 order the bigram field's sections differently (long sections are no longer penalised).
        bigramFlat.Select(d => d.Doc).ShouldNotBe(fixture.Index.WithSearcher(searcher => searcher.Search(new TermQuery(Disclosure), 1000).ScoreDocs).Select(d => d.Doc));
    }
}
