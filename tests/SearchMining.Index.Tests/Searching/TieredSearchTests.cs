using SearchMining.Index.Querying;
using SearchMining.Index.Schema;
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
            var on = new SectionSearchEngine(_fixture.Index, relevance) { ScoreByTier = true, AlwaysTiers = true, SegmentThreads = threads };
            // By the rule: the searches it declines after counting are scored whole in Lucene's loop, from the recorded matches.
            var byRule = new SectionSearchEngine(_fixture.Index, relevance) { ScoreByTier = true, SegmentThreads = threads };
            foreach (var size in new[] { 1, 10 })
            foreach (var expand in new[] { false, true })
            {
                var request = new SearchRequest(query) { Size = size, Expand = expand };
                for (var page = 0; page < 2 && request is not null; page++)
                {
                    var expected = Run(off, request);
                    foreach (var (engine, name) in new[] { (on, "always"), (byRule, "by rule") })
                    {
                    var actual = Run(engine, request);
                    var what = $"{query} size {size} expand {expand} threads {threads} page {page} {name}";
                    actual.Total.ShouldBe(expected.Total, what);
                    actual.Hits.Select(h => (h.SectionId, h.Score)).ShouldBe(expected.Hits.Select(h => (h.SectionId, h.Score)), what);
                    actual.NextCursor.ShouldBe(expected.NextCursor, what);
                    actual.FacetsEstimated.ShouldBe(expected.FacetsEstimated);
                    actual.Facets.Keys.ShouldBe(expected.Facets.Keys, ignoreOrder: true);
                    foreach (var (dimension, values) in expected.Facets) actual.Facets[dimension].ShouldBe(values, what);
                    }
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
        var on = new SectionSearchEngine(_fixture.Index, FirstStageOnly) { ScoreByTier = true, AlwaysTiers = true, SegmentThreads = 1 };
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
        var on = new SectionSearchEngine(_fixture.Index, FirstStageOnly) { ScoreByTier = true, AlwaysTiers = true, SegmentThreads = 1 };
        var off = new SectionSearchEngine(_fixture.Index, FirstStageOnly) { ScoreByTier = false, SegmentThreads = 1 };
        var request = new SearchRequest("人员 培训 不足") { Size = SearchRequest.MaxSize, Expand = false };
        TieredTopHits.ResetLast();
        var actual = Run(on, request);
        var (matches, topTier, scored) = TieredTopHits.Last;
        topTier.ShouldBeLessThan(Math.Min(matches, SearchRequest.MaxSize), "the page must need the lower tiers, or this says nothing");
        scored.ShouldBe(matches);
        actual.Hits.Select(h => (h.SectionId, h.Score)).ShouldBe(Run(off, request).Hits.Select(h => (h.SectionId, h.Score)));
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(20, true)]
    public void The_rule_counts_the_tiers_of_a_query_with_few_scored_clauses(int size, bool declined)
    {
        // 公开 答复: two word groups of few scored clauses each. Its top tier (counted first, nothing scored: 11 of the sample's
        // 79 matches) fills a page of 10 (11 with the look-ahead hit) and is a small share, so the tiers are taken and the
        // rest is left unscored; a page of 20 the top tier cannot fill would score the rest anyway, so every match is scored
        // in Lucene's loop instead. The page is the same either way.
        var byRule = new SectionSearchEngine(_fixture.Index, FirstStageOnly) { ScoreByTier = true, SegmentThreads = 2 };
        var off = new SectionSearchEngine(_fixture.Index, FirstStageOnly) { ScoreByTier = false, SegmentThreads = 2 };
        var request = new SearchRequest("公开 答复") { Size = size, Expand = false };
        TieredTopHits.ResetLast();
        var actual = Run(byRule, request);
        var (matches, topTier, scored) = TieredTopHits.Last;
        TieredTopHits.LastScoredClauses.ShouldBeLessThan(TierRule.ManyScoredClauses);
        matches.ShouldBe(actual.Total);
        topTier.ShouldBeInRange(1, matches / 2);
        if (declined)
        {
            TieredTopHits.LastDeclined.ShouldNotBeNull().ShouldContain("under the page");
            scored.ShouldBe(matches);
        }
        else
        {
            TieredTopHits.LastDeclined.ShouldBeNull();
            scored.ShouldBe(topTier, "the lower tiers cannot reach the page");
        }
        var expected = Run(off, request);
        actual.Hits.Select(h => (h.SectionId, h.Score)).ShouldBe(expected.Hits.Select(h => (h.SectionId, h.Score)));
        actual.NextCursor.ShouldBe(expected.NextCursor);
        foreach (var (dimension, values) in expected.Facets) actual.Facets[dimension].ShouldBe(values, dimension);
    }

    [Fact]
    public void The_rule_declines_a_one_word_query_by_its_shape()
    {
        // 行政复议 has one tier and few scored clauses: block maxima alone rarely skip a block, so the round-11 path scores it.
        var byRule = new SectionSearchEngine(_fixture.Index, FirstStageOnly) { ScoreByTier = true, SegmentThreads = 1 };
        TieredTopHits.ResetLast();
        Run(byRule, new SearchRequest("行政复议") { Size = 10, Expand = false }).Total.ShouldBeGreaterThan(0);
        TieredTopHits.LastDeclined.ShouldNotBeNull().ShouldStartWith("one tier");
        TieredTopHits.Last.Matches.ShouldBe(0, "declined before any match is recorded");
    }

    [Fact]
    public void Related_words_with_two_in_a_group_take_the_tiers()
    {
        // 新媒体 expands to 微博 and 公众号: a dis-max of two with a tie-breaker, whose float sum is the same in either order.
        var on = new SectionSearchEngine(_fixture.Index, FirstStageOnly) { ScoreByTier = true, AlwaysTiers = true, SegmentThreads = 2 };
        var off = new SectionSearchEngine(_fixture.Index, FirstStageOnly) { ScoreByTier = false, SegmentThreads = 2 };
        var request = new SearchRequest("政务新媒体 OR 微信公众号") { Size = 10, Expand = true };
        TieredTopHits.ResetLast();
        var actual = Run(on, request);
        TieredTopHits.Last.Matches.ShouldBe(actual.Total, "the tiered pass should have served it");
        actual.Hits.Select(h => (h.SectionId, h.Score)).ShouldBe(Run(off, request).Hits.Select(h => (h.SectionId, h.Score)));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_shape_read_from_the_tree_declines_only_what_the_built_bound_declines(string query)
    {
        // Round 14: TierShape decides from the query tree alone, before any weight is built; a query it declines must be one
        // whose bound and tiers, once built, the rule would decline too (one tier, fewer than ManyScoredClauses scored).
        var relevance = RelevanceOptions.Default;
        var builder = new LuceneQueryBuilder(_fixture.Index.Analyzers, relevance, QuerySynonyms.LoadDefault(), TextFields.Section);
        foreach (var expand in new[] { false, true })
        {
            var declined = _fixture.Index.WithSearcher(searcher =>
            {
                var parsed = UserQueryParser.Parse(query);
                var built = builder.Build(parsed.Root, expand, searcher);
                var combined = MatchCache.Apply(SearchFilterBuilder.Combine(built.Query, DocumentKinds.Section, [],
                    SectionIntent.Boost(parsed.Root, relevance.ProblemIntentBoost), searcher));
                var rewritten = searcher.Rewrite(combined);
                if (MatchOnly.Of(rewritten) is not { } matching || !ScoreBounds.Supports(rewritten, searcher)) return (bool?)null;
                var byShape = TierShape.Declines(rewritten, matching, out var clauses);
                var bounds = ScoreBounds.Of(rewritten, searcher);
                if (byShape && bounds is not null)
                {
                    clauses.ShouldBe(bounds.ScoredOrder.Length, query);
                    var tiers = ScoreTiers.Of(rewritten, matching, bounds);
                    TierRule.ByShape(tiers.Rest is null, bounds.ScoredOrder.Length).ShouldBe(TierChoice.Decline, $"{query} expand {expand}");
                }
                return byShape;
            });
            if (query is "政策解读" or "行政复议") declined.ShouldBe(true, query);
            if (query is "信息公开 平台 建设" or "人员 培训 不足") declined.ShouldNotBe(true, query);
        }
    }

    private static SearchResults Run(SectionSearchEngine engine, SearchRequest request)
    {
        var outcome = engine.Search(request);
        outcome.Error.ShouldBeNull();
        return outcome.Results!;
    }
}
