using SearchMining.Index.Searching;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

[Collection(SampleIndexCollection.Name)]
public sealed class QueryOperatorTests(SampleIndexFixture fixture)
{
    private static IEnumerable<string> TextsOf(SampleIndexFixture f, SearchResults r) => r.Hits.Select(f.TextOf);

    private int SectionsContainingAll(params string[] parts) =>
        fixture.Reports.SelectMany(r => r.SearchableSections()).Count(s => parts.All(p => s.Text.Contains(p)));

    [Fact]
    public void A_phrase_matches_only_sections_with_the_exact_words_in_order()
    {
        var phrase = fixture.Search("\"业务知识培训\"");
        phrase.Total.ShouldBe(SectionsContainingAll("业务知识培训"));
        phrase.Total.ShouldBe(1);
        phrase.Hits[0].SourceFile.ShouldBe("000_ae1eda295b428d02.txt");

        var words = fixture.Search("业务知识培训");
        words.Total.ShouldBeGreaterThan(phrase.Total);
        words.Hits[0].SectionId.ShouldBe(phrase.Hits[0].SectionId); // the exact match ranks first
    }

    [Fact]
    public void Juxtaposed_words_are_all_required_and_OR_takes_either()
    {
        var both = fixture.Search("\"政务新媒体\" \"培训\"");
        both.Total.ShouldBe(SectionsContainingAll("政务新媒体", "培训"));
        TextsOf(fixture, both).ShouldAllBe(t => t.Contains("政务新媒体") && t.Contains("培训"));

        var and = fixture.Search("\"政务新媒体\" AND \"培训\"");
        and.Total.ShouldBe(both.Total);

        var or = fixture.Search("\"政务新媒体\" OR \"培训\"");
        var either = fixture.Reports.SelectMany(r => r.SearchableSections()).Count(s => s.Text.Contains("政务新媒体") || s.Text.Contains("培训"));
        or.Total.ShouldBe(either);
    }

    [Fact]
    public void NOT_and_minus_exclude_sections()
    {
        var all = fixture.Search("\"政务新媒体\"");
        var without = fixture.Search("\"政务新媒体\" NOT \"培训\"");
        var minus = fixture.Search("\"政务新媒体\" -\"培训\"");

        without.Total.ShouldBe(all.Total - SectionsContainingAll("政务新媒体", "培训"));
        minus.Total.ShouldBe(without.Total);
        TextsOf(fixture, without).ShouldAllBe(t => !t.Contains("培训"));
    }

    [Fact]
    public void Parentheses_group_alternatives()
    {
        var grouped = fixture.Search("(\"行政复议\" OR \"行政诉讼\") section:problems");
        grouped.Hits.ShouldAllBe(h => h.SectionTopic == "problems");
        grouped.Total.ShouldBe(fixture.Reports.SelectMany(r => r.SearchableSections())
            .Count(s => s.Topic == Core.Domain.SectionTopic.Problems && (s.Text.Contains("行政复议") || s.Text.Contains("行政诉讼"))));
    }

    [Fact]
    public void A_query_of_only_exclusions_returns_everything_else()
    {
        var all = fixture.Search("", size: 1).Total;
        var without = fixture.Search("NOT \"政务新媒体\"", size: 1).Total;
        without.ShouldBe(all - SectionsContainingAll("政务新媒体"));
        fixture.Search("-\"政务新媒体\"", size: 1).Total.ShouldBe(without);
    }

    [Fact]
    public void Full_width_quotes_parentheses_and_colons_work_like_ascii_ones()
    {
        fixture.Search("“业务知识培训”").Total.ShouldBe(fixture.Search("\"业务知识培训\"").Total);
        fixture.Search("（\"行政复议\" OR \"行政诉讼\"） section：problems").Total
            .ShouldBe(fixture.Search("(\"行政复议\" OR \"行政诉讼\") section:problems").Total);
    }
}
