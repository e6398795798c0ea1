namespace SearchMining.Workflows.Charts;

/// <summary>Where the hits of a query fall: per year (every year from the first to the last, empty ones included) and per region.</summary>
/// <param name="Unplaced">Matching reports without a year (ByYear) or without a region at the level (ByRegion) are counted here.</param>
public sealed record HitHistogram(int Reports, int Sections, IReadOnlyList<HistogramBar> ByYear, string RegionLevel, IReadOnlyList<HistogramBar> ByRegion, int ReportsWithoutYear, int ReportsWithoutRegion);
