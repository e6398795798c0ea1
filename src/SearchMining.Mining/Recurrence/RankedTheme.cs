namespace SearchMining.Mining.Recurrence;

/// <summary>A theme and how many agencies name it as a problem (in one year).</summary>
public sealed record RankedTheme(string Theme, int Agencies);
