using SearchMining.Index.Querying;
using SearchMining.Index.Searching;
using SearchMining.Index.Searching.Pruning;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

/// <summary>
/// Scoring the top coverage tier first (<see cref="TieredTopHits"/>: the lower tiers only where their bound lets them reach
/// the page) changes nothing a search returns: on the sample reports indexed in several segments, every query form gives
/// the same total, hits in the same order with bit-identical scores, facets and next-page cursor with tiers on and off —
/// small pages (the page fills from the top tier and the lower tiers are skipped) and the re-ranker's window, with and
/// without related words, on one and two threads.
/// </summary>
public sealed class TieredSearchTests : IClassFixture<SegmentedIndexFixture>
{
    private static readonly RelevanceOptions FirstStageOnly = RelevanceOptions.Default with { Rerank = false };

    private readonly SegmentedIndexFixture _fixture;

    public TieredSearchTests(SegmentedIndexFixture fixture) => _fixture = fixture;

    public static TheoryData<string> Queries => MatchCacheTests.Queries;

    [Theory]
    [MemberData(nameof(Queries))]
    public void Pages_come_back_identical_with_and_without_tiers(string query)
    {
        foreach (var relevance in new[] { FirstStageOnly, RelevanceOptions.Default })
        foreach (var threads in new[] { 1, 2 })
        {
            var off = new SectionSearchEngine(_fixture.Index, relevance) { ScoreByTier = false, SegmentThreads = threads };
            var on = new SectionSearchEngine(_fixture.Index, relevance) { ScoreByTier = true, SegmentThreads = threads };
            foreach (var size in new[] { 1, 10 })
            foreach (var expand in new[] { false, true })
            {
                var request = new SearchRequest(query) { Size = size, Expand = expand };
                for (var page = 0; page < 2 && request is not null; page++)
                {
                    var expected = Run(off, request);
                    var actual = Run(on, request);
                    var what = $"{query} size {size} expand {expand} threads {threads} page {page}";
                    actual.Total.ShouldBe(expected.Total, what);
                    actual.Hits.Select(h => (h.SectionId, h.Score)).ShouldBe(expected.Hits.Select(h => (h.SectionId, h.Score)), what);
                    actual.NextCursor.ShouldBe(expected.NextCursor, what);
                    actual.FacetsEstimated.ShouldBe(expected.FacetsEstimated);
                    actual.Facets.Keys.ShouldBe(expected.Facets.Keys, ignoreOrder: true);
                    foreach (var (dimension, values) in expected.Facets) actual.Facets[dimension].ShouldBe(values, what);
                    expected.Total.ShouldBeGreaterThan(0, $"'{query}' should match the sample reports, or the comparison says nothing");
                    request = expected.NextCursor is { } next ? request with { Cursor = next } : null;
                }
            }
        }
    }

    [Theory]
    [InlineData("人员 培训 不足")]
    [InlineData("信息公开 平台 建设")]
    [InlineData("不予公开 国家秘密")]
    public void Several_word_groups_leave_the_lower_tiers_unscored(string query)
    {
        // A section holding every group is worth 100 more per group than one that lacks a group; a small page fills from
        // the top tier, and the lower tiers' bound keeps them off it.
        var on = new SectionSearchEngine(_fixture.Index, FirstStageOnly) { ScoreByTier = true, SegmentThreads = 1 };
        var off = new SectionSearchEngine(_fixture.Index, FirstStageOnly) { ScoreByTier = false, SegmentThreads = 1 };
        var request = new SearchRequest(query) { Size = 1, Expand = false };
        TieredTopHits.ResetLast();
        var actual = Run(on, request);
        var (matches, topTier, scored) = TieredTopHits.Last;
        matches.ShouldBe(actual.Total);
        topTier.ShouldBeGreaterThan(0);
        scored.ShouldBe(topTier, "the lower tiers cannot reach a one-hit page");
        scored.ShouldBeLessThan(matches);
        actual.Hits.Select(h => (h.SectionId, h.Score)).ShouldBe(Run(off, request).Hits.Select(h => (h.SectionId, h.Score)));
    }

    [Fact]
    public void A_page_larger_than_the_top_tier_scores_the_lower_tiers_too()
    {
        var on = new SectionSearchEngine(_fixture.Index, FirstStageOnly) { ScoreByTier = true, SegmentThreads = 1 };
        var off = new SectionSearchEngine(_fixture.Index, FirstStageOnly) { ScoreByTier = false, SegmentThreads = 1 };
        var request = new SearchRequest("人员 培训 不足") { Size = SearchRequest.MaxSize, Expand = false };
        TieredTopHits.ResetLast();
        var actual = Run(on, request);
        var (matches, topTier, scored) = TieredTopHits.Last;
        topTier.ShouldBeLessThan(Math.Min(matches, SearchRequest.MaxSize), "the page must need the lower tiers, or this says nothing");
        scored.ShouldBe(matches);
        actual.Hits.Select(h => (h.SectionId, h.Score)).ShouldBe(Run(off, request).Hits.Select(h => (h.SectionId, h.Score)));
    }

    private static SearchResults Run(SectionSearchEngine engine, SearchRequest request)
    {
        var outcome = engine.Search(request);
        outcome.Error.ShouldBeNull();
        return outcome.Results!;
    }
}
