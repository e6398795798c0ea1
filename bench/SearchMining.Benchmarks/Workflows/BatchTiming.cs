using System.Diagnostics;

namespace SearchMining.Benchmarks.Workflows;

/// <summary>
/// <c>dotnet SearchMining.Benchmarks.dll batch-timing</c>: the 200-query batch of <see cref="BatchSearchBenchmark"/>,
/// timed by hand — wall clock and the process's CPU time per batch (CPU time stays meaningful on a machine shared
/// with other builds, where wall clock mostly measures the queue for a core). Two warm-up batches, then seven.
/// </summary>
internal static class BatchTiming
{
    public static async Task<int> RunAsync()
    {
        var bench = new BatchSearchBenchmark();
        await bench.Setup();
        try
        {
            for (var i = 0; i < 2; i++) await bench.Batch();
            var process = Process.GetCurrentProcess();
            var walls = new List<double>();
            var cpus = new List<double>();
            for (var i = 0; i < 7; i++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var answered = await bench.Batch();
                var wall = clock.Elapsed.TotalSeconds;
                process.Refresh();
                var used = (process.TotalProcessorTime - cpu).TotalSeconds;
                walls.Add(wall);
                cpus.Add(used);
                Console.WriteLine($"batch {i + 1}: {answered} queries, wall {wall:0.000} s, cpu {used:0.000} s");
            }
            Console.WriteLine($"median: wall {Median(walls):0.000} s, cpu {Median(cpus):0.000} s; max wall {walls.Max():0.000} s ({BatchSearchBenchmark.Queries} queries, {bench.Reports} reports, {Environment.ProcessorCount} cores)");
            return 0;
        }
        finally
        {
            bench.Cleanup();
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
