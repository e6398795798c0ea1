namespace SearchMining.Mining.Recurrence;

/// <summary>
/// A theme across the corpus: how many agencies ever name it as a problem, per year (agencies and share), and the
/// trend — the least-squares slope of the yearly share over the years that have enough reports.
/// </summary>
public sealed record ThemeTrend(string Theme, int Agencies, IReadOnlyList<ThemeYearCount> PerYear, double? SlopePerYear, ThemeTrendDirection Direction);
