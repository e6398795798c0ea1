using SearchMining.Index.Querying;
using SearchMining.Index.Searching;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

/// <summary>
/// Round 14: the re-ranker's window is read once (every stored field, document order) and the page is shown from those
/// documents (<see cref="SectionSearchEngine.ReadWindowOnce"/>), and the query words a hit holds come from the presence
/// bitsets the search cached (<see cref="SectionSearchEngine.MarksFromCache"/>). Neither changes anything a search shows: every
/// query form gives the same hits with the same stored fields, snippets, marks and held, missing and related words, on both
/// pages, re-ranked or not, with related words or not, and grouped by report.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class WindowReadTests(SampleIndexFixture fixture)
{
    public static TheoryData<string> Queries => MatchCacheTests.Queries;

    [Theory]
    [MemberData(nameof(Queries))]
    public void Pages_show_the_same_hits_read_once_and_read_per_hit(string query)
    {
        var before = new SectionSearchEngine(fixture.Index) { ReadWindowOnce = false, MarksFromCache = false };
        var firstStage = RelevanceOptions.Default with { Rerank = false };
        var pairs = new[]
        {
            (fixture.Engine, before),
            (new SectionSearchEngine(fixture.Index, firstStage), new SectionSearchEngine(fixture.Index, firstStage) { MarksFromCache = false }),
        };
        var shown = 0;
        foreach (var (now, then) in pairs)
        foreach (var expand in new[] { false, true })
        foreach (var group in new[] { false, true })
        {
            SearchRequest? request = new(query) { Size = 10, Expand = expand, GroupByReport = group, Snippets = 2 };
            for (var page = 0; page < 2 && request is not null; page++)
            {
                var expected = Run(then, request);
                var actual = Run(now, request);
                var what = $"{query} expand {expand} group {group} page {page}";
                actual.Total.ShouldBe(expected.Total, what);
                actual.NextCursor.ShouldBe(expected.NextCursor, what);
                actual.Hits.Select(Shown).ShouldBe(expected.Hits.Select(Shown), what);
                actual.Groups.SelectMany(g => g.Sections).Select(Shown).ShouldBe(expected.Groups.SelectMany(g => g.Sections).Select(Shown), what);
                shown += expected.Hits.Count + expected.Groups.Count;
                request = expected.NextCursor is { } next ? request with { Cursor = next } : null;
            }
        }
        shown.ShouldBeGreaterThan(0, $"'{query}' should match the sample reports, or the comparison says nothing");
    }

    [Fact]
    public void A_reranked_page_marks_the_words_its_hits_hold()
    {
        // The comparison above says nothing if no hit holds a word: the re-ranked page of a two-word query marks both.
        var page = Run(fixture.Engine, new SearchRequest("政策解读 不足") { Size = 10 });
        page.Hits.ShouldNotBeEmpty();
        page.Hits.ShouldContain(h => h.MatchedTerms.Count == 2 && h.Snippets.Any(s => s.Highlights.Count > 0));
    }

    private static string Shown(SearchHit h) => string.Join("\u0001",
        h.SectionId, h.Score, h.ReportId, h.SourceFile, h.Agency, h.Year, h.SectionNumber, h.SectionTopic, h.Title, h.SubsectionTitle,
        string.Join("|", h.MatchedTerms), string.Join("|", h.MissingTerms), string.Join("|", h.Related.Select(r => r.Term + ":" + string.Join(",", r.Via))), h.ViaRelated,
        string.Join("\u0002", h.Snippets.Select(s => s.Text + "@" + s.SectionOffset + "#" + string.Join(";", s.Highlights.Select(m => string.Join(",", m)))
            + "#" + string.Join(";", s.RelatedHighlights.Select(m => string.Join(",", m))))));

    private static SearchResults Run(SectionSearchEngine engine, SearchRequest request)
    {
        var outcome = engine.Search(request);
        outcome.Error.ShouldBeNull();
        return outcome.Results!;
    }
}
