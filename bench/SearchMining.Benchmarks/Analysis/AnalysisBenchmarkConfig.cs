using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SearchMining.Benchmarks.Analysis;

/// <summary>
/// Adds the MB/s column, and with SEARCHMINING_BENCH_CPU_CLOCK=1 a job that measures thread CPU time in process
/// (<see cref="ThreadCpuClock"/>) next to the usual wall-clock job — for a machine shared with other busy processes.
/// </summary>
public sealed class AnalysisBenchmarkConfig : ManualConfig
{
    public AnalysisBenchmarkConfig()
    {
        AddColumn(new ThroughputColumn());
        if (Environment.GetEnvironmentVariable("SEARCHMINING_BENCH_CPU_CLOCK") == "1")
            AddJob(Job.ShortRun.WithClock(new ThreadCpuClock()).WithToolchain(InProcessEmitToolchain.Instance).WithIterationCount(10).WithId("ThreadCpu"));
    }
}
