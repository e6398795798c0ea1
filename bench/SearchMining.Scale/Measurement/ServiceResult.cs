namespace SearchMining.Scale.Measurement;

/// <summary>The service measured over one index: start-up, memory at each stage, the query mix per client count, corpus views.</summary>
internal sealed record ServiceResult(
    double HealthyMs,
    double FirstSearchMs,
    ProcessMemory? AfterStart,
    IReadOnlyList<LoadResult> Loads,
    ProcessMemory? AfterQueries,
    IReadOnlyList<ViewTiming> Views,
    ProcessMemory? AfterViews,
    string? TraceReport);
