using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace SearchMining.Benchmarks.Analysis;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)), in nanoseconds. On a machine shared
/// with other busy processes, wall-clock benchmarks measure the scheduler; this clock measures the work done on one
/// core. Only meaningful with the in-process toolchain, where the measured code runs on the measuring thread.
/// </summary>
public sealed class ThreadCpuClock : IClock
{
    private const int ClockThreadCpuTimeId = 3;

    public string Title => "Thread CPU time";

    public bool IsAvailable => OperatingSystem.IsLinux();

    public Frequency Frequency => Frequency.GHz;

    public long GetTimestamp()
    {
        _ = ClockGetTime(ClockThreadCpuTimeId, out var time);
        return time.Seconds * 1_000_000_000L + time.Nanoseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);
}
