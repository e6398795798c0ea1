using SearchMining.Index.Querying;
using SearchMining.Index.Searching;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Querying;

/// <summary>
/// <see cref="RelevanceOptions.SpecificWordCoverage"/> (a round-7 candidate, docs/RELEVANCE.md): a word's coverage score is
/// scaled by how specific it is, so in one typed group a rare word held counts more than a word every report holds; what
/// matches does not change.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class SpecificWordCoverageTests(SampleIndexFixture fixture)
{
    private const string Query = "信息公开保密审查";

    private SearchResults Search(bool specific) =>
        new SectionSearchEngine(fixture.Index, RelevanceOptions.Default with
        {
            Rerank = false, UseSynonyms = false, GroupCoverageBoost = 0, CoverageBoost = 1000, SpecificWordCoverage = specific,
        }).Search(new SearchRequest(Query) { Size = SearchRequest.MaxSize, Expand = false, IncludeFacets = false, Snippets = 0 }).Results!;

    [Fact]
    public void A_rare_word_held_counts_more_than_a_common_one_and_matching_is_unchanged()
    {
        // 信息公开 is in every report, 保密审查 in a few: the sections holding only the common word must exist to be outranked.
        fixture.Holding("保密审查").ShouldBeGreaterThan(0);
        (fixture.Holding("信息公开") - fixture.Holding("信息公开", "保密审查")).ShouldBeGreaterThan(fixture.Holding("保密审查"));
        var (specificResults, plainResults) = (Search(specific: true), Search(specific: false));
        specificResults.Total.ShouldBe(plainResults.Total);
        var (specific, plain) = (specificResults.Hits, plainResults.Hits);
        specific.Count(Rare).ShouldBe(fixture.Holding("保密审查"));
        bool Rare(SearchHit h) => fixture.TextOf(h).Contains("保密审查");
        // Unweighted, holding 信息公开 alone earns the whole coverage score; weighted, far less.
        plain.Where(h => !Rare(h)).ShouldAllBe(h => h.Score >= 1000);
        specific.Where(h => !Rare(h)).ShouldAllBe(h => h.Score < 1000);
        var lastRare = specific.Select((h, i) => (h, i)).Where(x => Rare(x.h)).Max(x => x.i);
        var firstCommonOnly = specific.Select((h, i) => (h, i)).Where(x => !Rare(x.h)).Min(x => x.i);
        lastRare.ShouldBeLessThan(firstCommonOnly);
    }
}
