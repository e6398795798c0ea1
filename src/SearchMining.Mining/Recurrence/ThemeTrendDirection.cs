namespace SearchMining.Mining.Recurrence;

public enum ThemeTrendDirection
{
    /// <summary>Fewer than <see cref="RecurrenceOptions.MinTrendYears"/> years with enough reports: no trend claimed.</summary>
    Unknown,
    Rising,
    Flat,
    Falling,
}
