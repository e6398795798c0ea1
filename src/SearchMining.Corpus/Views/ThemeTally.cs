using SearchMining.Core.Domain;
using SearchMining.Index.Views;

namespace SearchMining.Corpus.Views;

/// <summary>Theme counts over the section-五 statements of a selection of reports: in total, per year and per agency.</summary>
/// <param name="Themes">Every theme of the taxonomy with its count over the selection.</param>
/// <param name="Statements">Section-五 statements in the selection; <paramref name="Classified"/> of them carry at least one theme.</param>
/// <param name="ByYear">Years with at least one statement, in order.</param>
/// <param name="ByAgency">Agencies with at least one statement, in ordinal order of their names. A statement counts once per theme it carries.</param>
public sealed record ThemeTally(
    int Reports,
    int Statements,
    int Classified,
    IReadOnlyList<ThemeCount> Themes,
    IReadOnlyList<YearThemeCounts> ByYear,
    IReadOnlyList<AgencyThemeCounts> ByAgency)
{
    /// <summary>The tally of the reports whose rows are added, one at a time (no list of them is kept).</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<string, int> _themes = new(StringComparer.Ordinal);
        private readonly SortedDictionary<int, (int Statements, Dictionary<string, int> Counts)> _years = [];
        private readonly SortedDictionary<string, (int Statements, Dictionary<string, int> Counts)> _agencies = new(StringComparer.Ordinal);
        private int _reports, _statements, _classified;

        public void Add(ReportViewRow row) => Add(row.Agency, row.Year, 1, row.Statements, row.Classified, row.ThemeCounts);

        /// <summary>Adds <paramref name="reports"/> reports of one agency and year at once (an aggregate row of the derived store).</summary>
        public void Add(string? agency, int? year, int reports, int statements, int classified, IReadOnlyDictionary<string, int> counts)
        {
            _reports += reports;
            _statements += statements;
            _classified += classified;
            Add(_themes, counts);
            if (statements == 0) return;
            if (year is { } y) _years[y] = Added(_years.GetValueOrDefault(y), statements, counts);
            var name = agency ?? Report.UnknownAgencyLabel;
            _agencies[name] = Added(_agencies.GetValueOrDefault(name), statements, counts);
        }

        public ThemeTally Build() => new(_reports, _statements, _classified,
            [.. ThemeCatalog.Themes.Select(t => new ThemeCount(t.Id, t.Label, _themes.GetValueOrDefault(t.Id)))],
            [.. _years.Select(y => new YearThemeCounts(y.Key, y.Value.Statements, Ordered(y.Value.Counts)))],
            [.. _agencies.Select(a => new AgencyThemeCounts(a.Key, a.Value.Statements, Ordered(a.Value.Counts)))]);

        private static (int, Dictionary<string, int>) Added((int Statements, Dictionary<string, int>? Counts) entry, int statements, IReadOnlyDictionary<string, int> add)
        {
            var counts = entry.Counts ?? new Dictionary<string, int>(StringComparer.Ordinal);
            Add(counts, add);
            return (entry.Statements + statements, counts);
        }

        private static void Add(Dictionary<string, int> into, IReadOnlyDictionary<string, int> counts)
        {
            foreach (var (theme, count) in counts) into[theme] = into.GetValueOrDefault(theme) + count;
        }

        /// <summary>Themes of the taxonomy in its order, then any other id in ordinal order; only those counted.</summary>
        private static IReadOnlyDictionary<string, int> Ordered(Dictionary<string, int> counts)
        {
            var ordered = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (id, _) in ThemeCatalog.Themes)
                if (counts.TryGetValue(id, out var count) && count > 0) ordered[id] = count;
            foreach (var (id, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
                if (count > 0) ordered.TryAdd(id, count);
            return ordered;
        }
    }
}
