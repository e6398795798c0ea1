using SearchMining.Index.Views;

namespace SearchMining.Workflows.Charts;

/// <summary>
/// Theme trends per region: for each region at a level, the theme counts of its reports' statements per year — from the
/// reports' view rows (their theme tallies: a statement counts once per theme it carries), not their statements.
/// </summary>
public static class ThemeTrends
{
    public static IReadOnlyList<RegionThemeTrend> ByRegion(IEnumerable<ReportViewRow> reports, string regionLevel, int maxRegions = HitHistograms.MaxRegions) =>
        reports.Select(r => (Report: r, Region: RegionLevels.NameAt(r.Region, regionLevel)))
            .Where(x => x.Region is not null)
            .GroupBy(x => x.Region!, StringComparer.Ordinal)
            .Select(g => new RegionThemeTrend(
                g.Key,
                g.Count(),
                g.Sum(x => x.Report.Statements),
                g.Where(x => x.Report.Year is not null)
                    .GroupBy(x => x.Report.Year!.Value).OrderBy(y => y.Key)
                    .Select(y => new ThemeYear(y.Key, y.Sum(x => x.Report.Statements),
                        y.SelectMany(x => x.Report.ThemeCounts)
                            .GroupBy(t => t.Key, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.Sum(c => c.Value), StringComparer.Ordinal)))
                    .ToList()))
            .OrderByDescending(t => t.Statements).ThenBy(t => t.Region, StringComparer.Ordinal)
            .Take(maxRegions)
            .ToList();
}
