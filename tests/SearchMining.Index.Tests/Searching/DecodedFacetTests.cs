using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Index.Facets;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

/// <summary>
/// Facet values read from each segment's decoded ordinals (<see cref="SegmentOrdinals"/>) count what the doc values count:
/// every query form's facets, per section and per report, the distinct reports of grouped searches, and the sample beyond the
/// exact part, on the sample reports in several segments.
/// </summary>
public sealed class DecodedFacetTests : IClassFixture<SegmentedIndexFixture>
{
    private readonly SegmentedIndexFixture _fixture;

    public DecodedFacetTests(SegmentedIndexFixture fixture) => _fixture = fixture;

    public static TheoryData<string> Queries => MatchCacheTests.Queries;

    [Theory]
    [MemberData(nameof(Queries))]
    public void Facets_and_report_counts_are_the_same_from_decoded_ordinals(string query)
    {
        var docValues = new SectionSearchEngine(_fixture.Index) { DecodedFacets = false };
        var decoded = new SectionSearchEngine(_fixture.Index);
        foreach (var group in new[] { false, true })
        {
            var request = new SearchRequest(query) { Size = 5, GroupByReport = group, FacetsPerReport = group };
            var expected = Run(docValues, request);
            var actual = Run(decoded, request);
            expected.Total.ShouldBeGreaterThan(0, $"'{query}' should match the sample reports, or the comparison says nothing");
            actual.Total.ShouldBe(expected.Total);
            expected.Facets.Values.Sum(v => v.Count).ShouldBeGreaterThan(0);
            actual.Facets.Keys.ShouldBe(expected.Facets.Keys, ignoreOrder: true);
            foreach (var (dimension, values) in expected.Facets) actual.Facets[dimension].ShouldBe(values, $"{query} {dimension} group {group}");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_sampled_counts_are_the_same_from_decoded_ordinals(bool perReport)
    {
        _fixture.Index.WithSearcher(searcher =>
        {
            var query = new TermQuery(new Term(IndexFields.DocKind, DocumentKinds.Section));
            var expected = new FacetCollector(FacetDimensions.All, perReport, exactMatches: 7, sampleStride: 3, countReports: true, decodedOrdinals: false);
            var actual = new FacetCollector(FacetDimensions.All, perReport, exactMatches: 7, sampleStride: 3, countReports: true, decodedOrdinals: true);
            searcher.Search(query, expected);
            searcher.Search(query, actual);
            actual.Hits.ShouldBe(expected.Hits);
            actual.Reports.ShouldBe(expected.Reports);
            actual.Reports.ShouldBeGreaterThan(1);
            foreach (var dimension in FacetDimensions.All) actual.Top(dimension, 50).ShouldBe(expected.Top(dimension, 50), dimension);
            return 0;
        });
    }

    private static SearchResults Run(SectionSearchEngine engine, SearchRequest request)
    {
        var outcome = engine.Search(request);
        outcome.Error.ShouldBeNull();
        return outcome.Results!;
    }
}
