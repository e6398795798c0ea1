using SearchMining.Bench.Shared;

namespace SearchMining.Scale.Measurement;

/// <summary>
/// CPU time of the calling thread (<see cref="ThreadCpuTime"/>; where that clock is missing, the process's), so a stage's
/// cost is measured in CPU seconds, which a busy machine changes far less than wall time.
/// </summary>
internal static class ThreadCpu
{
    /// <summary>The calling thread's CPU time so far.</summary>
    public static TimeSpan Now() => ThreadCpuTime.Nanoseconds() is { } nanoseconds ? TimeSpan.FromTicks(nanoseconds / 100) : Process();

    /// <summary>The whole process's CPU time so far (every thread: GC, JIT, Lucene's merges).</summary>
    public static TimeSpan Process()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
