using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchMining.Index.Analysis;
using SearchMining.Index.Querying;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

/// <summary>
/// Schema 13: the word fields keep documents and frequencies but no positions, and a quoted phrase of several words still
/// finds exactly the sections and subsections that hold it (its bigram phrase), on the sample reports.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class PhraseWithoutWordPositionsTests(SampleIndexFixture fixture)
{
    /// <summary>Phrases written in the sample reports that the word analyzer cuts into several words.</summary>
    public static TheoryData<string> Phrases => ["业务知识培训", "政府信息公开工作", "依申请公开", "政务新媒体管理", "行政复议"];

    [Fact]
    public void The_word_fields_keep_frequencies_but_no_positions()
    {
        var options = fixture.Index.WithSearcher(searcher =>
        {
            var infos = MultiFields.GetMergedFieldInfos(searcher.IndexReader);
            return new[] { TextFields.Section.Words, TextFields.Subsection.Words, TextFields.Section.Bigram, TextFields.Subsection.Bigram, TextFields.Section.TitleWords }
                .ToDictionary(f => f, f => infos.FieldInfo(f)!.IndexOptions);
        });
        options[TextFields.Section.Words].ShouldBe(IndexOptions.DOCS_AND_FREQS);
        options[TextFields.Subsection.Words].ShouldBe(IndexOptions.DOCS_AND_FREQS);
        options[TextFields.Section.Bigram].ShouldBe(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        options[TextFields.Subsection.Bigram].ShouldBe(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        options[TextFields.Section.TitleWords].ShouldBe(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

        // BM25 still reads how often a section says a word: 公开 is said more than once in most sections that say it.
        var frequencies = fixture.Index.WithSearcher(searcher =>
        {
            var docs = MultiFields.GetTermDocsEnum(searcher.IndexReader, null, TextFields.Section.Words, new BytesRef("公开"));
            var found = new List<int>();
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) found.Add(docs.Freq);
            return found;
        });
        frequencies.Count.ShouldBeGreaterThan(20);
        frequencies.Count(f => f > 1).ShouldBeGreaterThan(frequencies.Count / 2);
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void A_quoted_phrase_of_several_words_finds_exactly_the_sections_and_subsections_holding_it(string phrase)
    {
        TokenReader.Read(fixture.Index.Analyzers.Words, IndexFields.TextWords, phrase).Count.ShouldBeGreaterThan(1);
        var holding = fixture.Holding(phrase);
        holding.ShouldBeGreaterThan(0);

        var sections = fixture.Search($"\"{phrase}\"", size: 100);
        sections.Total.ShouldBe(holding);
        sections.Hits.ShouldAllBe(h => fixture.TextOf(h).Contains(phrase));

        var subsections = fixture.Search(new SearchRequest($"\"{phrase}\"") { Granularity = SearchGranularity.Subsection, Size = 100 });
        subsections.Hits.Count.ShouldBe(subsections.Total);
        subsections.Hits.ShouldAllBe(h => TextOf(h.SectionId).Contains(phrase));
        subsections.Hits.Count(h => h.SectionId.Contains('.')).ShouldBe(fixture.AllSections.SelectMany(s => s.Subsections).Count(s => s.Text.Contains(phrase)));
    }

    /// <summary>The parsed text of a section or subsection, by its id.</summary>
    private string TextOf(string id)
    {
        SectionId.TryParse(id, out var parsed).ShouldBeTrue();
        var section = fixture.Reports.Single(r => r.Id == parsed.ReportId).SearchableSections().Single(s => s.Ordinal == parsed.SectionOrdinal);
        return parsed.SubsectionIndex is { } sub ? section.Subsections[sub - 1].Text : section.Text;
    }

    [Fact]
    public void Without_the_bigram_field_a_phrase_requires_each_of_its_words()
    {
        var words = new SectionSearchEngine(fixture.Index, RelevanceOptions.Default with { Fields = FieldMode.Words, Rerank = false, UseSynonyms = false });
        var outcome = words.Search(new SearchRequest("\"业务知识培训\"") { Size = 100 });
        outcome.Error.ShouldBeNull();
        var hits = outcome.Results!.Hits;
        hits.Count.ShouldBeGreaterThanOrEqualTo(fixture.Holding("业务知识培训"));
        hits.Select(fixture.TextOf).ShouldAllBe(t => t.Contains("业务") && t.Contains("知识") && t.Contains("培训"));
        hits.Select(fixture.TextOf).ShouldContain(t => t.Contains("业务知识培训"));
    }
}
