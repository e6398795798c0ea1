using System.CommandLine;
using SearchMining.Index.Searching;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>search-load --index DIR --corpus DIR [--clients 1 8]</c>: the mix in a closed loop of 1 and 8 in-process threads —
/// latency, searches/s, process CPU per search, GC collections and pause time per search, thread-pool queue — so the
/// 8-client tail can be split into CPU saturation and waiting (docs/BENCHMARKS.md round 8). No service may hold the index.
/// </summary>
internal static class SearchLoadCommand
{
    public static Command Create(RepoPaths repo)
    {
        var shared = new IndexMixOptions("Passes over the mix per client.", 2);
        var clients = new Option<int[]>("--clients") { Description = "Client thread counts.", DefaultValueFactory = _ => [1, 8], AllowMultipleArgumentsPerToken = true };
        var command = new Command("search-load", "In-process closed-loop load: latency, CPU and GC per search at 1 and 8 client threads.");
        var threads = new Option<int?>("--segment-threads") { Description = "Threads one search's segments run on (SectionSearchEngine.SegmentThreads; default: the machine's cores, 1 = one after the other)." };
        shared.AddTo(command, clients, threads);
        command.SetAction(async (result, ct) =>
        {
            var mix = shared.Mix(result, repo);
            await using var opened = IndexMixOptions.Open(shared.IndexPath(result));
            var engine = result.GetValue(threads) is { } n0 ? new SectionSearchEngine(opened) { SegmentThreads = n0 } : new SectionSearchEngine(opened);
            var log = IndexMixOptions.Log;
            log($"server GC {System.Runtime.GCSettings.IsServerGC}, cores {Environment.ProcessorCount}, segment threads per search {engine.SegmentThreads}");
            foreach (var n in result.GetValue(clients)!)
            {
                using var events = new GcEvents();
                var r = SearchLoad.Run(engine, mix, n, shared.RoundsOf(result));
                log($"{n} clients: {r.Latency}; {r.RequestsPerSecond:0.0} searches/s; CPU {r.CpuMsPerSearch:0.0} ms/search ({r.CpuSeconds:0.0} s CPU in {r.WallSeconds:0.0} s = {r.CpuSeconds / r.WallSeconds:0.00} cores); " +
                    $"alloc {r.AllocMiBPerSearch:0.0} MiB/search; GC per search gen0 {r.Gen0PerSearch:0.00} gen1 {r.Gen1PerSearch:0.00} gen2 {r.Gen2PerSearch:0.000}; " +
                    $"GC pause {r.GcPauseMsPerSearch:0.00} ms/search ({r.GcPauseShare:P1} of wall); thread-pool queue max {r.MaxPendingWorkItems}");
                log($"  collections (warm-up included): {string.Join("; ", events.Reasons.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} ×{kv.Value}"))}");
                var sampled = events.Allocations.Values.Sum();
                foreach (var (type, bytes) in events.Allocations.OrderByDescending(kv => kv.Value).Take(12))
                    log($"  allocated {type}: {bytes / 1048576.0:0.0} MiB sampled ({(double)bytes / Math.Max(1, sampled):P0})");
            }
            return 0;
        });
        return command;
    }
}
