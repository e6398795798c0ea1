using SearchMining.Workflows.Charts;

namespace SearchMining.Api.Contracts;

/// <param name="Level">The region level grouped by: province, city or county.</param>
/// <param name="Themes">Theme ids in display order, with their labels.</param>
internal sealed record ThemeTrendsResponse(string Level, IReadOnlyList<ThemeLabel> Themes, IReadOnlyList<RegionThemeTrend> Regions);
