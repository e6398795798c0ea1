using SearchMining.Index.Querying;
using SearchMining.Index.Searching;
using SearchMining.Index.Searching.Pruning;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

/// <summary>
/// The cheaper first pass (<see cref="PrunedTopHits"/>: matches scored only where they can enter the page) changes nothing a
/// search returns: on the sample reports, every query form gives the same total, the same hits in the same order with
/// bit-identical scores, the same facets and the same next-page cursor with it on and off — with small pages (where the
/// queue fills early and most matches are skipped) and with the re-ranker's window.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class MaxScoreTests(SampleIndexFixture fixture)
{
    private static readonly RelevanceOptions FirstStageOnly = RelevanceOptions.Default with { Rerank = false };

    public static TheoryData<string> Queries => MatchCacheTests.Queries;

    [Theory]
    [MemberData(nameof(Queries))]
    public void Pages_come_back_identical_with_and_without_the_first_pass(string query)
    {
        var failures = PrunedTopHits.Failures;
        foreach (var relevance in new[] { FirstStageOnly, RelevanceOptions.Default })
        {
            var off = new SectionSearchEngine(fixture.Index, relevance) { MaxScore = false };
            var on = new SectionSearchEngine(fixture.Index, relevance) { MaxScore = true, MaxScoreBoundAfter = 0 };
            var onDefault = new SectionSearchEngine(fixture.Index, relevance) { MaxScore = true };
            foreach (var size in new[] { 1, 3, 10 })
            foreach (var expand in new[] { false, true })
            {
                var request = new SearchRequest(query) { Size = size, Expand = expand };
                var expected = Run(off, request);
                var actual = Run(on, request);
                actual.Total.ShouldBe(expected.Total);
                actual.Hits.Select(h => (h.SectionId, h.Score)).ShouldBe(expected.Hits.Select(h => (h.SectionId, h.Score)), $"{query} size {size}");
                actual.NextCursor.ShouldBe(expected.NextCursor);
                Run(onDefault, request).Hits.Select(h => (h.SectionId, h.Score)).ShouldBe(expected.Hits.Select(h => (h.SectionId, h.Score)));
                actual.FacetsEstimated.ShouldBe(expected.FacetsEstimated);
                actual.Facets.Keys.ShouldBe(expected.Facets.Keys, ignoreOrder: true);
                foreach (var (dimension, values) in expected.Facets) actual.Facets[dimension].ShouldBe(values);
                expected.Total.ShouldBeGreaterThan(0, $"'{query}' should match the sample reports, or the comparison says nothing");
            }
        }
        PrunedTopHits.Failures.ShouldBe(failures, "a bound or match set disagreed with the query");
    }

    [Fact]
    public void The_first_pass_leaves_matches_unscored_on_word_queries()
    {
        var on = new SectionSearchEngine(fixture.Index, FirstStageOnly) { MaxScore = true, MaxScoreBoundAfter = 0 };
        long matches = 0, scored = 0;
        var failures = PrunedTopHits.Failures;
        foreach (var query in new[] { "政府信息公开", "信息公开 平台 建设", "人员 培训 不足", "公开" })
        {
            Run(on, new SearchRequest(query) { Size = 3 });
            matches += PrunedTopHits.Last.Matches;
            scored += PrunedTopHits.Last.Scored;
        }
        PrunedTopHits.Failures.ShouldBe(failures);
        matches.ShouldBeGreaterThan(0);
        scored.ShouldBeLessThan(matches);
    }

    [Fact]
    public void One_word_queries_skip_whole_blocks_by_their_maxima()
    {
        // Every match of a one-word query holds every clause, so only the block maxima (BlockMaxima: the largest score of
        // each clause per 128 documents) can leave some unscored; the pages stay identical (the theory above).
        var on = new SectionSearchEngine(fixture.Index, FirstStageOnly) { MaxScore = true, MaxScoreBoundAfter = 0 };
        var off = new SectionSearchEngine(fixture.Index, FirstStageOnly) { MaxScore = false };
        long matches = 0, blockSkipped = 0;
        var failures = PrunedTopHits.Failures;
        foreach (var query in new[] { "政府信息公开", "政策解读", "公开", "培训" })
        {
            var request = new SearchRequest(query) { Size = 1 };
            var actual = Run(on, request);
            matches += PrunedTopHits.Last.Matches;
            blockSkipped += PrunedTopHits.LastBlockSkipped;
            actual.Hits.Select(h => (h.SectionId, h.Score)).ShouldBe(Run(off, request).Hits.Select(h => (h.SectionId, h.Score)));
        }
        PrunedTopHits.Failures.ShouldBe(failures);
        blockSkipped.ShouldBeGreaterThan(0);
        blockSkipped.ShouldBeLessThan(matches);
    }

    [Fact]
    public void Paging_past_the_first_page_is_unchanged()
    {
        var off = new SectionSearchEngine(fixture.Index, FirstStageOnly) { MaxScore = false };
        var on = new SectionSearchEngine(fixture.Index, FirstStageOnly) { MaxScore = true, MaxScoreBoundAfter = 0 };
        var request = new SearchRequest("政策解读 培训") { Size = 5 };
        for (var page = 0; page < 4 && request is not null; page++)
        {
            var expected = Run(off, request);
            var actual = Run(on, request);
            actual.Hits.Select(h => (h.SectionId, h.Score)).ShouldBe(expected.Hits.Select(h => (h.SectionId, h.Score)));
            actual.NextCursor.ShouldBe(expected.NextCursor);
            request = expected.NextCursor is { } next ? request with { Cursor = next } : null;
        }
    }

    private static SearchResults Run(SectionSearchEngine engine, SearchRequest request)
    {
        var outcome = engine.Search(request);
        outcome.Error.ShouldBeNull();
        return outcome.Results!;
    }
}
