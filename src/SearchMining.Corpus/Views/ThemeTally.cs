using SearchMining.Core.Domain;

namespace SearchMining.Corpus.Views;

/// <summary>Theme counts over the section-五 statements of a selection of reports: in total, per year and per agency.</summary>
/// <param name="Themes">Every theme of the taxonomy with its count over the selection.</param>
/// <param name="Statements">Section-五 statements in the selection; <paramref name="Classified"/> of them carry at least one theme.</param>
public sealed record ThemeTally(
    int Reports,
    int Statements,
    int Classified,
    IReadOnlyList<ThemeCount> Themes,
    IReadOnlyList<YearThemeCounts> ByYear,
    IReadOnlyList<AgencyThemeCounts> ByAgency)
{
    internal static ThemeTally Of(IReadOnlyList<ReportDigest> all, ReportSelection selection)
    {
        var selected = all.Where(selection.Matches).ToList();
        var statements = selected.SelectMany(r => r.Statements.Select(s => (Report: r, Statement: s))).ToList();

        var themes = ThemeCatalog.Themes
            .Select(t => new ThemeCount(t.Id, t.Label, statements.Count(x => x.Statement.Themes.Contains(t.Id))))
            .ToList();
        var byYear = statements.Where(x => x.Report.Year is not null)
            .GroupBy(x => x.Report.Year!.Value).OrderBy(g => g.Key)
            .Select(g => new YearThemeCounts(g.Key, g.Count(), Counts(g.Select(x => x.Statement))))
            .ToList();
        var byAgency = statements.GroupBy(x => x.Report.Agency ?? Report.UnknownAgencyLabel).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AgencyThemeCounts(g.Key, g.Count(), Counts(g.Select(x => x.Statement))))
            .ToList();
        return new ThemeTally(selected.Count, statements.Count, statements.Count(x => x.Statement.Themes.Count > 0), themes, byYear, byAgency);
    }

    private static IReadOnlyDictionary<string, int> Counts(IEnumerable<Statement> statements) =>
        statements.SelectMany(s => s.Themes).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
