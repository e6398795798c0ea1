using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace SearchMining.Scale.Measurement;

/// <summary>
/// The runtime's own GC events, in-process (no ETW, no profiler): why each collection started (<c>GCStart</c>'s reason:
/// small-object budget, large-object budget, …) and which types the sampled allocations are (<c>AllocationTick</c>: one event
/// per ~100 KB allocated, small and large object heap apart). Tells a tail caused by collections from one caused by CPU.
/// </summary>
internal sealed class GcEvents : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, int> _reasons = new();
    private readonly ConcurrentDictionary<string, long> _allocations = new();

    public IReadOnlyDictionary<string, int> Reasons => _reasons;

    /// <summary>Sampled bytes by "heap type" (SOH / LOH, type name).</summary>
    public IReadOnlyDictionary<string, long> Allocations => _allocations;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.PayloadNames is null || e.Payload is null) return;
        object? Get(string name) => e.PayloadNames.IndexOf(name) is var i and >= 0 ? e.Payload[i] : null;
        if (e.EventName?.StartsWith("GCStart", StringComparison.Ordinal) == true)
            _reasons.AddOrUpdate($"gen{Get("Depth")} reason {Reason(Get("Reason"))}", 1, (_, n) => n + 1);
        else if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true)
        {
            var heap = Convert.ToInt32(Get("AllocationKind")) switch { 0 => "SOH", 1 => "LOH", _ => "POH" };
            var bytes = Get("AllocationAmount64") is { } amount ? Convert.ToInt64(amount) : Convert.ToInt64(Get("AllocationAmount"));
            _allocations.AddOrUpdate($"{heap} {Get("TypeName")}", bytes, (_, n) => n + bytes);
        }
    }

    private static string Reason(object? value) => Convert.ToInt32(value) switch
    {
        0 => "small-object budget", 1 => "induced", 2 => "low memory", 3 => "empty", 4 => "large-object budget",
        5 => "out of space (SOH)", 6 => "out of space (LOH)", 7 => "induced, not forced", _ => $"#{value}",
    };
}
