using SearchMining.Core.Domain;
using SearchMining.Index.Querying;
using SearchMining.Index.Searching;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

/// <summary>
/// What a typed word matches (issue 13, bugs found by the scale work): a word matches where it is written, not where one
/// of its bigrams is; a leading-minus exclusion of a word of several characters removes exactly the sections holding it;
/// Traditional text is found by Simplified words. Expected counts come from the parsed texts.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class QueryWordMatchTests(SampleIndexFixture fixture)
{
    [Fact]
    public void A_single_word_matches_where_it_is_written_not_where_one_of_its_bigrams_is()
    {
        // 行政 is in many more sections than 行政复议: none of those may come back for 行政复议.
        fixture.Holding("行政").ShouldBeGreaterThan(fixture.Holding("行政复议") + 5);
        var results = fixture.Search("行政复议", expand: false, size: 100);

        results.Total.ShouldBe(fixture.Holding("行政复议"));
        results.Hits.ShouldAllBe(h => fixture.TextOf(h).Contains("行政复议"));
    }

    [Fact]
    public void A_word_no_report_holds_still_finds_sections_by_its_parts()
    {
        fixture.Holding("网站改版").ShouldBe(0);
        var results = fixture.Search("网站改版", expand: false, size: 5);

        results.Total.ShouldBeGreaterThan(0);
        results.Hits.ShouldAllBe(h => fixture.TextOf(h).Contains("网站") || fixture.TextOf(h).Contains("改版"));
    }

    [Theory]
    [InlineData("网站 -新媒体", "网站", "新媒体")]
    [InlineData("网站 -政务新媒体", "网站", "政务新媒体")]
    [InlineData("网站 NOT 新媒体", "网站", "新媒体")]
    public void Excluding_a_word_of_several_characters_removes_exactly_the_sections_holding_it(string query, string word, string excluded)
    {
        fixture.Holding(word, excluded).ShouldBeGreaterThan(0);
        fixture.Holding(word).ShouldBeGreaterThan(fixture.Holding(word, excluded));
        var results = fixture.Search(query, expand: false, size: 100);

        results.Hits.ShouldAllBe(h => !fixture.TextOf(h).Contains(excluded));
        results.Total.ShouldBe(fixture.Holding(word) - fixture.Holding(word, excluded));
    }

    [Theory]
    [InlineData("政策解读怎么样", "政策解读")]
    [InlineData("培训了多少次", "培训")]
    [InlineData("信息公开专职人员几名", "信息公开专职人员")]
    public void Question_words_are_not_searched_for(string question, string words)
    {
        // The first stage (what is searched for) is the same; the re-ranker may read 多少 / 几名 as asking for a figure.
        var firstStage = new SectionSearchEngine(fixture.Index, RelevanceOptions.Default with { Rerank = false });
        SearchResults Search(SectionSearchEngine engine, string query) =>
            engine.Search(new SearchRequest(query) { Size = 10, Expand = false }).Results!;
        var asked = Search(firstStage, question);
        var plain = Search(firstStage, words);

        asked.Total.ShouldBe(plain.Total);
        asked.Hits.Select(h => h.SectionId).ShouldBe(plain.Hits.Select(h => h.SectionId));
        var shipped = fixture.Search(question, expand: false, size: 100);
        shipped.Total.ShouldBe(plain.Total);
        shipped.Hits.ShouldAllBe(h => !h.MissingTerms.Any(t => t.Contains('么') || t.Contains('少') || t.Contains('几')));
    }
}
