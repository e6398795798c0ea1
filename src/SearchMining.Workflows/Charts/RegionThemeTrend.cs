namespace SearchMining.Workflows.Charts;

/// <summary>How a region's problem themes move over the years.</summary>
public sealed record RegionThemeTrend(string Region, int Reports, int Statements, IReadOnlyList<ThemeYear> ByYear);
