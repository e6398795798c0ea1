using System.CommandLine;
using SearchMining.Analysis.Jieba;
using SearchMining.Index.Analysis;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>profile --index DIR --corpus DIR</c>: the in-process profile of an index built by <c>run</c> (no service may hold it):
/// what its size is made of, each mix query with and without facets and snippets, and whole-report loads.
/// </summary>
internal static class ProfileCommand
{
    public static Command Create(RepoPaths repo)
    {
        var index = new Option<string>("--index") { Description = "Index folder (e.g. /work/scale-data/index-10000).", Required = true };
        var corpus = new Option<string>("--corpus") { Description = "The generated corpus it holds (its manifest names the agency of the mix).", Required = true };
        var rounds = new Option<int>("--rounds") { Description = "Timed runs per query variant (the fastest is reported).", DefaultValueFactory = _ => 5 };
        var command = new Command("profile", "Profile the engine in-process over an index: index anatomy, query cost by part, stored report loads.");
        foreach (var option in new Option[] { index, corpus, rounds }) command.Options.Add(option);
        command.SetAction(async (result, ct) =>
        {
            await ProfileAsync(result.GetValue(index)!, MixQuery.LoadForCorpus(repo.QueryMix, result.GetValue(corpus)!), result.GetValue(rounds),
                line => Console.WriteLine($"[{DateTime.Now:HH:mm:ss} load {MachineLoad.Now()}] {line}"));
            return 0;
        });
        return command;
    }

    public static async Task<ProfileResult> ProfileAsync(string indexPath, IReadOnlyList<MixQuery> mix, int rounds, Action<string> log)
    {
        var anatomy = IndexAnatomy.Read(indexPath);
        log($"index anatomy: documents {string.Join(", ", anatomy.DocumentsByKind.Select(k => $"{k.Key} {k.Value}"))}");
        foreach (var f in anatomy.Fields.Where(f => f.StoredBytes + f.SumTotalTermFreq > 0))
            log($"  {f.Field,-20} stored {f.StoredBytes / 1048576.0,8:0.0} MiB  terms {f.Terms,9}  postings {f.SumDocFreq,10}  positions {f.SumTotalTermFreq,11}");
        log("query cost in-process (fastest of the runs, ms): total hits, as the service asks (facets + 3 snippets), without facets, without snippets, without both");
        await using var index = ReportIndex.Open(new ReportIndexOptions(indexPath, IndexAnalyzerSets.CreateJieba(JiebaSegmenter.CreateDefault())));
        var profile = new EngineProfile(index, new SectionSearchEngine(index));
        var costs = profile.Queries(mix, rounds);
        foreach (var c in costs)
            log($"  {c.Id,-26} total {c.Total,8}  full {c.FullMs,7:0.0}  no-facets {c.NoFacetsMs,7:0.0}  no-snippets {c.NoSnippetsMs,7:0.0}  bare {c.BareMs,7:0.0}");
        var stored = profile.StoredReports(200);
        log($"  stored report load p50 {stored.GetReportMedianMs:0.00} ms (p95 {stored.GetReportP95Ms:0.00}); list page of 200 {stored.ListPageOf200Ms:0.0} ms; " +
            $"walking all {stored.Reports} ≈ {stored.WalkEstimateSeconds:0.0} s");
        return new ProfileResult(anatomy, costs, stored);
    }
}
