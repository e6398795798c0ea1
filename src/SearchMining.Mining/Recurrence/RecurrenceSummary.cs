namespace SearchMining.Mining.Recurrence;

/// <summary>Corpus-wide: themes ranked by agencies naming them (with per-year counts and trend), each year's ranking, and the agencies with recurring themes.</summary>
public sealed record RecurrenceSummary(IReadOnlyList<ThemeTrend> Themes, IReadOnlyList<YearRanking> Years, IReadOnlyList<AgencyRecurrence> Agencies);
