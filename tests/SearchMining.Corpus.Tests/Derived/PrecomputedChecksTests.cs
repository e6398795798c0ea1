using SearchMining.Core.Checks;
using SearchMining.Core.Comparison;
using SearchMining.Core.Domain;
using SearchMining.Corpus.Checks;
using SearchMining.Corpus.Tests.Fixtures;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Corpus.Tests.Derived;

/// <summary>
/// A folder ingest computes check results on the read-ahead threads, before each batch is written
/// (<see cref="Corpus.Derived.DerivedViews.Precompute"/>), with the previous report taken from the store, the batch
/// written just before, or the same batch. On real reports in an order where each case happens (batches of two:
/// 平潭 2021+2022, then 洪泽 2023 + 平潭 2020 — an earlier year arriving after its next one — then 洪泽 2024 + 淮安 2024),
/// the stored results are those of every rule over the whole corpus computed in memory, and most were taken as
/// computed beforehand (the ones whose previous report changed when a batch was written were computed again).
/// </summary>
public sealed class PrecomputedChecksTests : IDisposable
{
    private static readonly string[] Order =
    [
        "039_pingtan_shiyanqu_2021.txt", "040_pingtan_shiyanqu_2022.txt",
        "037_hongze_quzhengfu_2023.txt", "045_pingtan_shiyanqu_2020.txt",
        "038_hongze_quzhengfu_2024.txt", "002_huaian_shizhengfu_2024.txt",
    ];

    private readonly TestCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public async Task Results_computed_before_writing_are_the_results_over_the_whole_corpus()
    {
        using var corpus = _corpus.Open(_corpus.Options(bundled: false) with { BatchSize = 2 });
        var summary = await corpus.IngestFilesAsync([.. Order.Select(RepoPaths.SampleReport)]);
        summary.Added.ShouldBe(Order.Length);

        var reports = corpus.ListReports(limit: 100).Items.Select(s => corpus.GetReport(s.Id)!).ToList();
        var history = new AgencyNameHistory(reports);
        var checker = ReportChecker.All(CheckOptions.Default, new SentenceReuse());
        var checks = new CorpusChecks(corpus);
        foreach (var report in reports)
        {
            var expected = checker.Run(report, history);
            var stored = checks.Of(report.Id).ShouldNotBeNull();
            stored.PreviousReportId.ShouldBe(expected.PreviousReportId, report.SourceFile);
            stored.Results.Select(r => (r.Rule, r.Status, r.Evidence, r.Score, r.Items.Count))
                .ShouldBe(expected.Results.Select(r => (r.Rule, r.Status, r.Evidence, r.Score, r.Items.Count)), report.SourceFile);
        }
        reports.Single(r => r.SourceFile == "039_pingtan_shiyanqu_2021.txt").Id.ShouldBeOneOf(reports.Select(r => checks.Of(r.Id)!.PreviousReportId).ToArray());

        var (computed, beforeWriting) = corpus.ChecksComputed;
        computed.ShouldBe(Order.Length + 1); // 平潭 2021 again, once 2020 arrived
        beforeWriting.ShouldBe(Order.Length);

        // The documents' checks facet came from those precomputed results, not from running the rules again: it is what
        // running the own-report rules alone gives (the same list, in the same order, on every section document).
        var facets = CheckFacets(corpus.Index);
        var own = ReportChecker.All();
        var failing = 0;
        foreach (var report in reports)
        {
            var expected = own.Run(report).Where(r => r.Status == CheckStatus.Fail && CheckRules.Find(r.Rule)?.NeedsPrevious == false)
                .Select(r => r.Rule).Distinct().ToList();
            facets[report.Id].ShouldAllBe(f => f.SequenceEqual(expected), report.SourceFile);
            failing += expected.Count;
        }
        failing.ShouldBeGreaterThan(0);
    }

    /// <summary>Per report id, the stored checks values of each of its section documents.</summary>
    private static Dictionary<string, List<List<string>>> CheckFacets(Index.Storage.ReportIndex index)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(index.Path);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        var result = new Dictionary<string, List<List<string>>>(StringComparer.Ordinal);
        var live = Lucene.Net.Index.MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            var document = reader.Document(doc);
            if (document.Get(Index.Schema.IndexFields.DocKind) != Index.Schema.DocumentKinds.Section) continue;
            var id = document.Get(Index.Schema.IndexFields.ReportId);
            if (!result.TryGetValue(id, out var list)) result[id] = list = [];
            list.Add([.. document.GetValues(Index.Schema.IndexFields.Checks)]);
        }
        return result;
    }
}
