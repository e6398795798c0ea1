using SearchMining.Index.Searching;
using SearchMining.Index.Storage;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

/// <summary>The exclusion on an index of many segments (one commit per report), as a growing index has.</summary>
public sealed class ExclusionAcrossSegmentsTests
{
    [Fact]
    public async Task Excluding_a_word_of_several_characters_works_on_an_index_of_many_segments()
    {
        var reports = await SampleCorpus.ParseAsync();
        using var folder = new TempFolder("smidx-segments");
        using var index = ReportIndex.Open(new ReportIndexOptions(folder.Path, new TestAnalyzers().Create()));
        foreach (var report in reports)
        {
            await index.UpsertAsync(report);
            await index.CommitAsync();
        }
        var sections = reports.SelectMany(r => r.SearchableSections()).ToList();
        var expected = sections.Count(s => s.Text.Contains("网站") && !s.Text.Contains("新媒体"));
        expected.ShouldBeGreaterThan(0);

        var outcome = new SectionSearchEngine(index).Search(new SearchRequest("网站 -新媒体") { Size = 1, Expand = false });

        outcome.Results!.Total.ShouldBe(expected);
    }
}
