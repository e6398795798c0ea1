using System.Runtime.InteropServices;

namespace SearchMining.Bench.Shared;

/// <summary>
/// CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), for both bench projects (compiled
/// into each as a linked file): on a machine shared with other busy processes, CPU time measures the work done, wall
/// time the scheduler.
/// </summary>
internal static class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>The calling thread's CPU time so far in nanoseconds; null where the clock is not available (not Linux).</summary>
    public static long? Nanoseconds() =>
        OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out var time) == 0
            ? time.Seconds * 1_000_000_000L + time.Nanoseconds
            : null;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);
}
