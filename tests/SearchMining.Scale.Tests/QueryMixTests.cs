using SearchMining.Index.Analysis;
using SearchMining.Corpus.Ingestion;
using SearchMining.Index.Storage;
using SearchMining.Index.Searching;
using SearchMining.Core.Ingestion;
using SearchMining.Scale.Generation;
using SearchMining.Scale.Measurement;
using TestPaths = SearchMining.Tests.Shared.RepoPaths;
using Shouldly;

namespace SearchMining.Scale.Tests;

public sealed class QueryMixTests(SourceCorpusFixture sources) : IClassFixture<SourceCorpusFixture>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"scale-mix-{Guid.NewGuid():N}");
    private static string MixFile => Path.Combine(TestPaths.Root, "bench", "SearchMining.Scale", "query-mix.tsv");

    [Fact]
    public void The_mix_has_twenty_distinct_queries_with_the_agency_filled_in()
    {
        var mix = MixQuery.Load(MixFile, "某某市教育局");
        mix.Count.ShouldBe(20);
        mix.Select(q => q.Id).ShouldBeUnique();
        mix.ShouldAllBe(q => !q.PathAndQuery.Contains(MixQuery.AgencyPlaceholder) && !q.PeerFilters.Contains(MixQuery.AgencyPlaceholder));
        mix.Single(q => q.Id == "agency-training").PathAndQuery.ShouldContain(Uri.EscapeDataString("某某市教育局"));
    }

    [Fact]
    public async Task Every_mix_query_runs_on_a_generated_corpus_and_the_agency_query_finds_only_that_agency()
    {
        var writer = new CorpusWriter(new ReportComposer(sources.Corpus, 18));
        var corpus = Path.Combine(_folder, "corpus");
        writer.Write(corpus, 24, null);
        var agency = File.ReadLines(Path.Combine(corpus, "manifest.tsv")).Skip(1).First().Split('\t')[2];
        await using var index = ReportIndex.Open(new ReportIndexOptions(Path.Combine(_folder, "index"), IndexAnalyzerSets.CreateDefault()));
        var summary = await new ReportIngestor(index, new ReportFileReader()).IngestFilesAsync(ReportIngestor.FindReportFiles(corpus));
        summary.Errors.ShouldBeEmpty();
        summary.Added.ShouldBe(24);
        var engine = new SectionSearchEngine(index);

        foreach (var query in MixQuery.Load(MixFile, agency))
        {
            var outcome = engine.Search(EngineProfile.ToRequest(query));
            outcome.Succeeded.ShouldBeTrue($"{query.Id}: {outcome.Error}");
        }
        var byAgency = engine.Search(EngineProfile.ToRequest(MixQuery.Load(MixFile, agency).Single(q => q.Id == "agency-training"))).Results!;
        byAgency.Total.ShouldBeGreaterThan(0);
        byAgency.Hits.ShouldAllBe(h => h.Agency == agency);
        var common = engine.Search(EngineProfile.ToRequest(MixQuery.Load(MixFile, agency).Single(q => q.Id == "common-disclosure"))).Results!;
        common.Facets["agency"].Count.ShouldBe(4); // 24 reports = 4 agencies × 6 years
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
