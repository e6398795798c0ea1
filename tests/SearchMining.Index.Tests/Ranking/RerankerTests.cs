using SearchMining.Index.Querying;
using SearchMining.Index.Ranking;
using SearchMining.Index.Searching;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Ranking;

[Collection(SampleIndexCollection.Name)]
public sealed class RerankerTests(SampleIndexFixture fixture)
{
    private SearchResults FirstStage(SearchRequest request)
    {
        var outcome = new SectionSearchEngine(fixture.Index, RelevanceOptions.Default with { Rerank = false }).Search(request);
        outcome.Error.ShouldBeNull();
        return outcome.Results!;
    }

    [Fact]
    public void The_shipped_model_reads_the_features_the_code_computes()
    {
        var model = RerankModel.Default.ShouldNotBeNull();
        model.Features.ShouldBe(RerankFeatures.Names);
        model.Trees.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("培训")]
    [InlineData("政府信息公开 申请")]
    [InlineData("网站 新媒体")]
    public void The_second_stage_reorders_the_first_stages_sections_and_loses_none(string query)
    {
        var first = FirstStage(new SearchRequest(query) { Size = 100 });
        var second = fixture.Search(new SearchRequest(query) { Size = 100 });
        second.Total.ShouldBe(first.Total);
        // The window holds the first stage's top sections, re-ordered; past it the first stage's order goes on.
        var window = SectionReranker.Depth;
        second.Hits.Take(window).Select(h => h.SectionId).Order().ShouldBe(first.Hits.Take(window).Select(h => h.SectionId).Order());
        second.Hits.Skip(window).Select(h => h.SectionId).ShouldBe(first.Hits.Skip(window).Select(h => h.SectionId));
    }

    [Fact]
    public void Sections_holding_every_typed_word_stay_above_those_missing_one()
    {
        // Two word groups typed: the re-ranker orders within coverage tiers, so "all words first" still holds.
        var hits = fixture.Search(new SearchRequest("培训 网站") { Size = 100 }).Hits;
        var both = hits.Select((h, i) => (h, i)).Where(x => x.h.MissingTerms.Count == 0).Select(x => x.i).ToList();
        var one = hits.Select((h, i) => (h, i)).Where(x => x.h.MissingTerms.Count > 0).Select(x => x.i).ToList();
        both.ShouldNotBeEmpty();
        one.ShouldNotBeEmpty();
        both.Max().ShouldBeLessThan(one.Min());
    }

    [Fact]
    public void Paging_through_more_than_the_window_neither_skips_nor_repeats()
    {
        // A window of 20 (the shipped one is 100, more than the sample's matches): pages inside it, across its end and after it.
        var engine = new SectionSearchEngine(fixture.Index, RelevanceOptions.Default with { RerankDepth = 20 });
        const string query = "信息 公开 工作";
        SearchResults Search(SearchRequest request) => engine.Search(request).Results!;
        var all = Search(new SearchRequest(query) { Size = 100 });
        all.Total.ShouldBeGreaterThan(40);
        var seen = new List<string>();
        var request = new SearchRequest(query) { Size = 7 };
        for (var guard = 0; guard < 50; guard++)
        {
            var page = Search(request);
            seen.AddRange(page.Hits.Select(h => h.SectionId));
            if (page.NextCursor is null) break;
            request = request with { Cursor = page.NextCursor };
        }
        seen.Count.ShouldBe(all.Total);
        seen.Distinct().Count().ShouldBe(all.Total);
        seen.Take(20).Order().ShouldBe(FirstStage(new SearchRequest(query) { Size = 20 }).Hits.Select(h => h.SectionId).Order());
        seen.Take(20).ShouldBe(all.Hits.Take(20).Select(h => h.SectionId));
    }

    [Fact]
    public void A_model_file_with_an_unknown_row_is_refused()
    {
        Should.Throw<FormatException>(() => RerankModel.Read(new StringReader("features\ta\tb\nbias\t0\nsplit\t0\t0.5\t-1\t-2\n")));
        Should.Throw<FormatException>(() => RerankModel.Read(new StringReader("features\ta\nbias\t0\ntree\t1\nnode\t3\t0.5\t-1\t-2\nleaves\t1\t2\n")));
    }

    [Fact]
    public void A_tree_sends_values_at_or_below_the_threshold_left()
    {
        var model = RerankModel.Read(new StringReader("features\ta\tb\nbias\t0.5\ntree\t2\nnode\t1\t0.25\t-1\t-2\nleaves\t1\t10\n"));
        model.Score([0f, 0.25f]).ShouldBe(0.5 + 2 * 1);
        model.Score([0f, 0.3f]).ShouldBe(0.5 + 2 * 10);
    }
}
