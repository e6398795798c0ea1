using System.Globalization;
using SearchMining.Index.Views;
using SearchMining.Index.Searching;

namespace SearchMining.Workflows.Charts;

/// <summary>Counts the matching reports (and their matching sections) of a query per year and per region.</summary>
internal static class HitHistograms
{
    /// <summary>Regions shown at most (the largest; the rest are left out).</summary>
    public const int MaxRegions = 40;

    public static HitHistogram Build(IReadOnlyList<ReportMatch> matches, IReadOnlyDictionary<string, ReportViewRow> reports, string regionLevel)
    {
        var placed = matches.Where(m => reports.ContainsKey(m.ReportId)).Select(m => (Match: m, Report: reports[m.ReportId])).ToList();
        var withYear = placed.Where(x => x.Report.Year is not null).ToList();
        var byYear = new List<HistogramBar>();
        if (withYear.Count > 0)
        {
            var counts = withYear.GroupBy(x => x.Report.Year!.Value).ToDictionary(g => g.Key, g => (Reports: g.Count(), Sections: g.Sum(x => x.Match.Sections)));
            for (var year = counts.Keys.Min(); year <= counts.Keys.Max(); year++)
            {
                var (r, s) = counts.GetValueOrDefault(year);
                byYear.Add(new HistogramBar(year.ToString(CultureInfo.InvariantCulture), r, s));
            }
        }
        var withRegion = placed.Select(x => (x.Match, Region: RegionLevels.NameAt(x.Report.Region, regionLevel))).Where(x => x.Region is not null).ToList();
        var byRegion = withRegion.GroupBy(x => x.Region!, StringComparer.Ordinal)
            .Select(g => new HistogramBar(g.Key, g.Count(), g.Sum(x => x.Match.Sections)))
            .OrderByDescending(b => b.Reports).ThenByDescending(b => b.Sections).ThenBy(b => b.Key, StringComparer.Ordinal)
            .Take(MaxRegions)
            .ToList();
        return new HitHistogram(matches.Count, matches.Sum(m => m.Sections), byYear, regionLevel, byRegion,
            placed.Count - withYear.Count + (matches.Count - placed.Count), matches.Count - withRegion.Count);
    }
}
