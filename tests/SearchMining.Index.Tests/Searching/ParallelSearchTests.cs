using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Index.Facets;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

/// <summary>
/// One search's segments on several threads (<see cref="ParallelTopHits"/>) return what one pass over the segments in order
/// returns: on the sample reports indexed in several commits (so the index has several segments), every query form gives
/// the same total, hits in the same order with bit-identical scores, report groups, facets and cursors with 1, 2 and 4
/// threads, flat and grouped, by relevance and by year; and the facet sample beyond the exact part picks the same matches.
/// </summary>
public sealed class ParallelSearchTests : IClassFixture<SegmentedIndexFixture>
{
    private readonly SegmentedIndexFixture _fixture;

    public ParallelSearchTests(SegmentedIndexFixture fixture) => _fixture = fixture;

    public static TheoryData<string> Queries => MatchCacheTests.Queries;

    [Fact]
    public void The_index_has_several_segments()
    {
        // Otherwise every comparison below runs the one-segment path and says nothing.
        _fixture.Index.WithSearcher(s => s.IndexReader.Leaves.Count).ShouldBeGreaterThanOrEqualTo(3);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Pages_groups_and_facets_are_identical_on_one_and_several_threads(string query)
    {
        var one = new SectionSearchEngine(_fixture.Index) { SegmentThreads = 1 };
        var engines = new[] { 2, 4 }.Select(n => new SectionSearchEngine(_fixture.Index) { SegmentThreads = n }).ToList();
        foreach (var sort in new[] { SearchSort.Relevance, SearchSort.Year })
        foreach (var group in new[] { false, true })
        foreach (var size in new[] { 1, 10 })
        {
            var request = new SearchRequest(query) { Size = size, Sort = sort, GroupByReport = group, FacetsPerReport = group };
            for (var page = 0; page < 3 && request is not null; page++)
            {
                var expected = Run(one, request);
                expected.Total.ShouldBeGreaterThan(0, $"'{query}' should match the sample reports, or the comparison says nothing");
                foreach (var engine in engines) ShouldBeSame(Run(engine, request), expected, $"{query} {sort} group {group} size {size} page {page}");
                request = expected.NextCursor is { } next ? request with { Cursor = next } : null;
            }
        }
    }

    [Theory]
    [InlineData("培训", false)]
    [InlineData("政策解读 不足", true)]
    [InlineData("主动公开 OR 依申请", false)]
    public void Subsection_searches_are_identical_on_one_and_several_threads(string query, bool group)
    {
        var one = new SectionSearchEngine(_fixture.Index) { SegmentThreads = 1 };
        var two = new SectionSearchEngine(_fixture.Index) { SegmentThreads = 2 };
        var request = new SearchRequest(query) { Size = 10, Granularity = SearchGranularity.Subsection, GroupByReport = group };
        var expected = Run(one, request);
        expected.Total.ShouldBeGreaterThan(0);
        ShouldBeSame(Run(two, request), expected, $"{query} subsections group {group}");
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void The_facet_sample_picks_the_same_matches(bool perReport, bool countReports)
    {
        // A small exact part and stride, so the sample starts inside some segment and continues across the others.
        FacetCollector NewFacets() => new(FacetDimensions.All, perReport, exactMatches: 7, sampleStride: 3, countReports: countReports);
        _fixture.Index.WithSearcher(searcher =>
        {
            var query = new TermQuery(new Term(IndexFields.DocKind, DocumentKinds.Section));
            var sort = SearchSorts.For(SearchSort.Relevance);
            var sequential = TopFieldCollector.Create(sort, 5, null, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
            var expected = NewFacets();
            searcher.Search(query, MultiCollector.Wrap(sequential, expected));
            ParallelTopHits.TrySearch(searcher, query, sort, 5, null, NewFacets, 2, out var top, out var actual).ShouldBeTrue();
            actual.Hits.ShouldBe(expected.Hits);
            expected.Hits.ShouldBeGreaterThan(7 + 3 * searcher.IndexReader.Leaves.Count, "the sample should reach every segment");
            actual.Estimated.ShouldBe(expected.Estimated);
            actual.Estimated.ShouldBeTrue();
            if (countReports) actual.Reports.ShouldBe(expected.Reports);
            foreach (var dimension in FacetDimensions.All) actual.Top(dimension, 50).ShouldBe(expected.Top(dimension, 50), dimension);
            top.ScoreDocs.Select(d => d.Doc).ShouldBe(sequential.GetTopDocs().ScoreDocs.Select(d => d.Doc));
            return 0;
        });
    }

    [Fact]
    public void A_bad_cursor_is_still_a_bad_cursor_on_several_threads()
    {
        var engine = new SectionSearchEngine(_fixture.Index) { SegmentThreads = 2 };
        var first = Run(engine, new SearchRequest("公开") { Size = 1 });
        first.NextCursor.ShouldNotBeNull();
        var outcome = engine.Search(new SearchRequest("公开") { Size = 1, Sort = SearchSort.Year, Cursor = first.NextCursor });
        outcome.Error.ShouldNotBeNull();
        outcome.Error.Kind.ShouldBe(SearchErrorKind.BadCursor);
    }

    private static void ShouldBeSame(SearchResults actual, SearchResults expected, string what)
    {
        actual.Total.ShouldBe(expected.Total, what);
        actual.Hits.Select(h => (h.SectionId, h.Score)).ShouldBe(expected.Hits.Select(h => (h.SectionId, h.Score)), what);
        actual.Groups.Select(g => (g.ReportId, g.Score, string.Join(",", g.Sections.Select(s => (s.SectionId, s.Score)))))
            .ShouldBe(expected.Groups.Select(g => (g.ReportId, g.Score, string.Join(",", g.Sections.Select(s => (s.SectionId, s.Score))))), what);
        actual.NextCursor.ShouldBe(expected.NextCursor, what);
        actual.FacetsEstimated.ShouldBe(expected.FacetsEstimated, what);
        actual.Facets.Keys.ShouldBe(expected.Facets.Keys, ignoreOrder: true);
        foreach (var (dimension, values) in expected.Facets) actual.Facets[dimension].ShouldBe(values, what);
    }

    private static SearchResults Run(SectionSearchEngine engine, SearchRequest request)
    {
        var outcome = engine.Search(request);
        outcome.Error.ShouldBeNull();
        return outcome.Results!;
    }
}
