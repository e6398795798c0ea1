namespace SearchMining.Mining.Recurrence;

/// <summary>
/// Recurrence settings, defined once: a theme recurs when named as a problem in at least <see cref="MinYears"/> years;
/// a year counts for a trend when at least <see cref="MinReportingAgencies"/> agencies report problems that year, and
/// a trend needs <see cref="MinTrendYears"/> such years; a slope within ±<see cref="FlatSlope"/> a year is flat.
/// </summary>
public sealed record RecurrenceOptions(int MinYears = 2, int MinReportingAgencies = 3, int MinTrendYears = 3, double FlatSlope = 0.02)
{
    public static RecurrenceOptions Default { get; } = new();
}
