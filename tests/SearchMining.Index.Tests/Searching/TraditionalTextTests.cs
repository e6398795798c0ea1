using SearchMining.Core.Ingestion;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;
using SearchMining.Index.Tests.Fixtures;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

/// <summary>
/// A report published in Traditional characters (上海市 2009, data/corpus/pages/p018) is found by Simplified words, and
/// what is marked is the text as written.
/// </summary>
public sealed class TraditionalTextTests
{
    [Fact]
    public async Task Simplified_words_find_a_report_written_in_Traditional_characters()
    {
        var file = Path.Combine(RepoPaths.Root, "data", "corpus", "pages", "p018_shanghai_shizhengfu_2009.txt");
        var report = (await new ReportFileReader().ReadAsync(file, CancellationToken.None)).Report.ShouldNotBeNull();
        var section = report.SearchableSections().First(s => s.Text.Contains("兩高一少"));
        report.SearchableSections().ShouldAllBe(s => !s.Text.Contains("两高一少"));
        using var folder = new TempFolder("smidx-traditional");
        using var index = ReportIndex.Open(new ReportIndexOptions(folder.Path, new TestAnalyzers().Create()));
        await index.UpsertAsync(report);
        await index.CommitAsync();
        var engine = new SectionSearchEngine(index);

        foreach (var query in new[] { "两高一少", "\"两高一少\"" })
        {
            var hits = engine.Search(new SearchRequest(query) { Expand = false }).Results!.Hits;
            var hit = hits.ShouldHaveSingleItem();
            hit.SectionNumber.ShouldBe(section.Number);
            hit.MatchedTerms.ShouldNotBeEmpty();
        }
        var traditional = engine.Search(new SearchRequest("兩高一少") { Expand = false }).Results!.Hits.ShouldHaveSingleItem();
        traditional.SectionNumber.ShouldBe(section.Number);
    }
}
