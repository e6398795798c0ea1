using System.CommandLine;
using SearchMining.Index.Searching;
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
        var shared = new IndexMixOptions("Timed runs per query variant (the fastest is reported).", 5);
        var command = new Command("profile", "Profile the engine in-process over an index: index anatomy, query cost by part, stored report loads.");
        shared.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await ProfileAsync(shared.IndexPath(result), shared.Mix(result, repo), shared.RoundsOf(result),
                IndexMixOptions.Log);
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
        await using var index = IndexMixOptions.Open(indexPath);
        var profile = new EngineProfile(index, new SectionSearchEngine(index));
        // --rounds 0: the anatomy and the stored-report loads alone.
        var costs = rounds > 0 ? profile.Queries(mix, rounds) : [];
        foreach (var c in costs)
            log($"  {c.Id,-26} total {c.Total,8}  full {c.FullMs,7:0.0}  no-facets {c.NoFacetsMs,7:0.0}  no-snippets {c.NoSnippetsMs,7:0.0}  bare {c.BareMs,7:0.0}");
        var stored = profile.StoredReports(200);
        log($"  stored report load p50 {stored.GetReportMedianMs:0.00} ms (p95 {stored.GetReportP95Ms:0.00}; thread CPU mean {stored.GetReportCpuMeanMs:0.00} ms); list page of 200 {stored.ListPageOf200Ms:0.0} ms; " +
            $"walking all {stored.Reports} ≈ {stored.WalkEstimateSeconds:0.0} s");
        return new ProfileResult(anatomy, costs, stored);
    }
}
