using System.Diagnostics;
using SearchMining.Index.Searching;

namespace SearchMining.Scale.Measurement;

/// <summary>
/// What a closed loop of <c>Clients</c> threads searching in-process costs: latency, throughput, the process's CPU per search
/// (all threads: GC included), and the garbage collector's share — collections per search and pause time per search, from
/// the GC's own counters (<see cref="GC.GetTotalPauseDuration"/>, <see cref="GC.CollectionCount"/>) — and thread-pool
/// queueing (<see cref="ThreadPool.PendingWorkItemCount"/>, sampled). Separates "the CPU is full" from "requests wait on
/// something else" (GC pauses, locks, starved threads) without a profiler.
/// </summary>
internal sealed record SearchLoadResult(int Clients, LatencySummary Latency, double RequestsPerSecond, double CpuMsPerSearch,
    double WallSeconds, double CpuSeconds, double AllocMiBPerSearch, double Gen0PerSearch, double Gen1PerSearch, double Gen2PerSearch,
    double GcPauseMsPerSearch, double GcPauseShare, long MaxPendingWorkItems);

internal static class SearchLoad
{
    public static SearchLoadResult Run(SectionSearchEngine engine, IReadOnlyList<MixQuery> mix, int clients, int rounds)
    {
        var requests = mix.Select(EngineProfile.ToRequest).ToList();
        foreach (var r in requests) engine.Search(r); // warm-up pass
        var latencies = new List<double>[clients];
        var gc = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pause = GC.GetTotalPauseDuration();
        var alloc = GC.GetTotalAllocatedBytes(precise: false);
        var cpu = ThreadCpu.Process();
        var wall = Stopwatch.StartNew();
        long maxPending = 0;
        using var sampler = new Timer(_ => Interlocked.Exchange(ref maxPending, Math.Max(Interlocked.Read(ref maxPending), ThreadPool.PendingWorkItemCount)), null, 0, 50);
        var threads = Enumerable.Range(0, clients).Select(c => new Thread(() =>
        {
            var order = Enumerable.Range(0, requests.Count).OrderBy(i => HashCode.Combine(c, i)).ToList();
            var mine = latencies[c] = [];
            for (var round = 0; round < rounds; round++)
                foreach (var i in order)
                {
                    var watch = Stopwatch.StartNew();
                    engine.Search(requests[i]);
                    mine.Add(watch.Elapsed.TotalMilliseconds);
                }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        wall.Stop();
        var cpuSeconds = (ThreadCpu.Process() - cpu).TotalSeconds;
        var n = clients * rounds * requests.Count;
        var pauseMs = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
        return new SearchLoadResult(clients, LatencySummary.Of(latencies.SelectMany(l => l).ToList()), n / wall.Elapsed.TotalSeconds,
            cpuSeconds * 1000 / n, wall.Elapsed.TotalSeconds, cpuSeconds, (GC.GetTotalAllocatedBytes(precise: false) - alloc) / 1048576.0 / n,
            (GC.CollectionCount(0) - gc.Item1) / (double)n, (GC.CollectionCount(1) - gc.Item2) / (double)n, (GC.CollectionCount(2) - gc.Item3) / (double)n,
            pauseMs / n, pauseMs / 1000 / wall.Elapsed.TotalSeconds, maxPending);
    }
}
