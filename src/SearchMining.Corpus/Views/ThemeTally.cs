namespace SearchMining.Api.Contracts;

/// <param name="Themes">Every theme of the taxonomy with its count over the selection.</param>
/// <param name="Statements">Section-五 statements in the selection; <paramref name="Classified"/> of them carry at least one theme.</param>
internal sealed record ThemesResponse(
    int Reports,
    int Statements,
    int Classified,
    IReadOnlyList<ThemeCount> Themes,
    IReadOnlyList<YearThemeCounts> ByYear,
    IReadOnlyList<AgencyThemeCounts> ByAgency);
