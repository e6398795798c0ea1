namespace SearchMining.Scale.Measurement;

/// <summary>A load run: latency over all requests, throughput, failures, and per-query latency and hit totals.</summary>
internal sealed record LoadResult(
    int Clients,
    LatencySummary Latency,
    double RequestsPerSecond,
    int Failures,
    IReadOnlyDictionary<string, LatencySummary> PerQuery,
    IReadOnlyDictionary<string, long> Totals);
