using Perfolizer.Horology;
using SearchMining.Bench.Shared;

namespace SearchMining.Benchmarks.Analysis;

/// <summary>
/// CPU time of the calling thread (<see cref="ThreadCpuTime"/>, Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)), in nanoseconds. On a machine shared
/// with other busy processes, wall-clock benchmarks measure the scheduler; this clock measures the work done on one
/// core. Only meaningful with the in-process toolchain, where the measured code runs on the measuring thread.
/// </summary>
public sealed class ThreadCpuClock : IClock
{
    public string Title => "Thread CPU time";

    public bool IsAvailable => OperatingSystem.IsLinux();

    public Frequency Frequency => Frequency.GHz;

    public long GetTimestamp() => ThreadCpuTime.Nanoseconds() ?? 0;
}
