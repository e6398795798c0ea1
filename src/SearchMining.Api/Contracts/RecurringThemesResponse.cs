using SearchMining.Mining.Recurrence;

namespace SearchMining.Api.Contracts;

/// <summary>
/// <see cref="RecurrenceSummary"/> with its agencies paged (one entry per agency with a recurring theme, statements
/// included: the part that grows with the corpus): <paramref name="AgencyTotal"/> over all pages, <paramref name="Agencies"/>
/// from <paramref name="Offset"/>. Themes and years are whole (one row per theme and per year).
/// </summary>
internal sealed record RecurringThemesResponse(
    IReadOnlyList<ThemeTrend> Themes,
    IReadOnlyList<YearRanking> Years,
    int AgencyTotal,
    int Offset,
    IReadOnlyList<AgencyRecurrence> Agencies);
