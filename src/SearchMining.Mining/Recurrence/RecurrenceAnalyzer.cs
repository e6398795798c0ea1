using SearchMining.Core.Domain;
using SearchMining.Mining.Agencies;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Recurrence;

/// <summary>
/// Problems that come back: for each agency the themes of its problem statements (kind <see cref="StatementKind.Problem"/>)
/// per year, and across the corpus how many agencies name each theme per year. The catch-all theme
/// <see cref="ThemeIds.Other"/> is left out: two statements that fit no theme do not show the same weakness.
/// When an agency has two reports of one year (should not happen after resolution), the first is used.
/// </summary>
public sealed class RecurrenceAnalyzer(RecurrenceOptions? options = null)
{
    public RecurrenceOptions Options { get; } = options ?? RecurrenceOptions.Default;

    public AgencyRecurrence ForAgency(Agency agency, Func<string, Report?> report) =>
        ForAgency(agency, id => report(id)?.Statements);

    /// <summary>The agency's problem themes per year, reading each report's section-五 statements by id (a digest is enough).</summary>
    public AgencyRecurrence ForAgency(Agency agency, Func<string, IReadOnlyList<Statement>?> statements)
    {
        var years = new List<ProblemYear>();
        foreach (var entry in agency.Reports.Where(r => r.Year is not null).GroupBy(r => r.Year!.Value).OrderBy(g => g.Key))
        {
            var id = entry.First().ReportId;
            if (statements(id) is not { } parsed) continue;
            var problems = parsed.Where(s => s.Kind == StatementKind.Problem)
                .Select(s => ThemedStatement.Of(id, entry.Key, s)).ToList();
            var themes = CountedThemes(problems.SelectMany(p => p.Themes));
            years.Add(new ProblemYear(entry.Key, id, themes, problems));
        }
        var recurring = years.SelectMany(y => y.Themes.Select(t => (Theme: t, Year: y)))
            .GroupBy(x => x.Theme)
            .Where(g => g.Count() >= Options.MinYears)
            .Select(g => new RecurringTheme(g.Key, g.Select(x => x.Year.Year).ToList(),
                g.SelectMany(x => x.Year.Problems.Where(p => p.Themes.Contains(g.Key))).ToList()))
            .OrderByDescending(r => r.Years.Count).ThenBy(r => ThemeOrder(r.Theme))
            .ToList();
        return new AgencyRecurrence(agency.Key, agency.Name, years, recurring);
    }

    /// <summary>The corpus-wide summary, reading each report's section-五 statements by id (a digest is enough).</summary>
    public RecurrenceSummary Summarise(AgencyDirectory directory, Func<string, IReadOnlyList<Statement>?> statements) =>
        Summarise(directory.Agencies.Select(a => ForAgency(a, statements)).ToList(), y => y.Problems.Count > 0);

    /// <summary>
    /// The agency's problem themes per year from each report's <see cref="ProblemDigest"/> (no statement read): the same
    /// years, themes and recurring themes as <see cref="ForAgency(Agency, Func{string, IReadOnlyList{Statement}?})"/>,
    /// without the statements (each <see cref="ProblemYear.Problems"/> and <see cref="RecurringTheme.Statements"/> empty).
    /// </summary>
    public AgencyRecurrence ForAgencyDigests(Agency agency, Func<string, ProblemDigest?> problems)
    {
        var years = new List<ProblemYear>();
        foreach (var entry in agency.Reports.Where(r => r.Year is not null).GroupBy(r => r.Year!.Value).OrderBy(g => g.Key))
        {
            var id = entry.First().ReportId;
            if (problems(id) is not { } digest) continue;
            years.Add(new ProblemYear(entry.Key, id, digest.Themes, []));
        }
        var recurring = years.SelectMany(y => y.Themes.Select(t => (Theme: t, y.Year)))
            .GroupBy(x => x.Theme)
            .Where(g => g.Count() >= Options.MinYears)
            .Select(g => new RecurringTheme(g.Key, g.Select(x => x.Year).ToList(), []))
            .OrderByDescending(r => r.Years.Count).ThenBy(r => ThemeOrder(r.Theme))
            .ToList();
        return new AgencyRecurrence(agency.Key, agency.Name, years, recurring);
    }

    /// <summary>
    /// The corpus-wide summary from each report's <see cref="ProblemDigest"/> (stored at ingest): the same themes, years
    /// and agencies as <see cref="Summarise(AgencyDirectory, Func{string, IReadOnlyList{Statement}?})"/>, each agency
    /// without its statements (<see cref="ForAgencyDigests"/>; <see cref="ForAgency(Agency, Func{string, IReadOnlyList{Statement}?})"/>
    /// gives one agency's with them).
    /// </summary>
    public RecurrenceSummary SummariseDigests(AgencyDirectory directory, Func<string, ProblemDigest?> problems) =>
        Summarise(directory.Agencies.Select(a => ForAgencyDigests(a, problems)).ToList(), y => problems(y.ReportId)?.Problems > 0);

    private RecurrenceSummary Summarise(List<AgencyRecurrence> agencies, Func<ProblemYear, bool> hasProblems)
    {
        var withProblems = agencies.SelectMany(a => a.Years.Where(hasProblems).Select(y => (Agency: a.AgencyKey, y.Year, y.Themes))).ToList();
        var reportingByYear = withProblems.GroupBy(x => x.Year).ToDictionary(g => g.Key, g => g.Select(x => x.Agency).Distinct().Count());
        var allYears = reportingByYear.Keys.Order().ToList();

        var trends = new List<ThemeTrend>();
        foreach (var theme in ThemeIds.All.Where(t => t != ThemeIds.Other))
        {
            var naming = withProblems.Where(x => x.Themes.Contains(theme)).ToList();
            var perYear = allYears.Select(y => new ThemeYearCount(y, naming.Where(x => x.Year == y).Select(x => x.Agency).Distinct().Count(), reportingByYear[y])).ToList();
            var (slope, direction) = Trend(perYear);
            trends.Add(new ThemeTrend(theme, naming.Select(x => x.Agency).Distinct().Count(), perYear, slope, direction));
        }
        var rankings = allYears.Select(y => new YearRanking(y, reportingByYear[y],
                trends.Select(t => new RankedTheme(t.Theme, t.PerYear.Single(p => p.Year == y).Agencies)).Where(x => x.Agencies > 0)
                    .OrderByDescending(x => x.Agencies).ThenBy(x => ThemeOrder(x.Theme)).ToList()))
            .ToList();
        return new RecurrenceSummary(
            trends.OrderByDescending(t => t.Agencies).ThenBy(t => ThemeOrder(t.Theme)).ToList(),
            rankings,
            agencies.Where(a => a.Recurring.Count > 0).OrderByDescending(a => a.Recurring.Count).ThenBy(a => a.AgencyName, StringComparer.Ordinal).ToList());
    }

    private (double? Slope, ThemeTrendDirection Direction) Trend(IReadOnlyList<ThemeYearCount> perYear)
    {
        var points = perYear.Where(p => p.Reporting >= Options.MinReportingAgencies).ToList();
        if (points.Count < Options.MinTrendYears) return (null, ThemeTrendDirection.Unknown);
        var meanX = points.Average(p => (double)p.Year);
        var meanY = points.Average(p => p.Share);
        var sxx = points.Sum(p => (p.Year - meanX) * (p.Year - meanX));
        var slope = points.Sum(p => (p.Year - meanX) * (p.Share - meanY)) / sxx;
        var direction = slope > Options.FlatSlope ? ThemeTrendDirection.Rising : slope < -Options.FlatSlope ? ThemeTrendDirection.Falling : ThemeTrendDirection.Flat;
        return (slope, direction);
    }

    /// <summary>The distinct themes that count for recurrence (known, not <see cref="ThemeIds.Other"/>), in taxonomy order.</summary>
    internal static IReadOnlyList<string> CountedThemes(IEnumerable<string> themes) =>
        themes.Where(t => t != ThemeIds.Other && ThemeIds.IsKnown(t)).Distinct().OrderBy(ThemeOrder).ToList();

    private static int ThemeOrder(string theme) => ThemeIds.All.ToList().IndexOf(theme);
}
