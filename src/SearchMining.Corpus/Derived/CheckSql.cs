using Microsoft.Data.Sqlite;
using SearchMining.Core.Checks;
using SearchMining.Corpus.Checks;

namespace SearchMining.Corpus.Derived;

/// <summary>A <see cref="CheckQuery"/> as SQL over the derived store's result rows: the same filters and the same order as <see cref="CheckQuery.Select"/>.</summary>
internal static class CheckSql
{
    private static readonly Dictionary<string, int> Order = CheckRules.All.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

    /// <summary>The rule's place in <see cref="CheckRules.All"/> (0 for an unknown rule, as <see cref="CheckQuery.Select"/> sorts it).</summary>
    public static int RuleOrder(string rule) => Order.GetValueOrDefault(rule);

    /// <summary>
    /// The result rows <c>r</c> with their report's row <c>p</c> (store version 9: a row carries its report's sort key, not
    /// its id, agency or file — <see cref="SortKeys"/>).
    /// </summary>
    public const string ResultsWithReports = "check_results r JOIN check_reports p ON p.sort_key = r.sort_key";

    /// <summary>The agency's sort value of a report row <c>p</c>: its agency, or U+FFFF (after every name) without one.</summary>
    private const string AgencySort = "COALESCE(p.agency, char(65535))";

    /// <summary>WHERE clause (with its parameters) of the reports selected (rows of <c>check_reports</c>): agency (part of the name) and year.</summary>
    public static string ReportFilter(CheckQuery query, SqliteCommand command) => ReportFilter(query, command, "", "agency");

    /// <summary>
    /// The report filter over <see cref="ResultsWithReports"/> (the agency of <c>p</c> as its sort value: a report without
    /// one matches no name; the year of <c>r</c>).
    /// </summary>
    private static string ReportFilter(CheckQuery query, SqliteCommand command, string prefix, string agencyColumn)
    {
        var clauses = new List<string>();
        if (query.Agency is { } agency)
        {
            clauses.Add($"instr({agencyColumn}, $agency) > 0");
            command.Parameters.AddWithValue("$agency", agency);
        }
        if (query.Year is { } year)
        {
            clauses.Add($"{prefix}year = $year");
            command.Parameters.AddWithValue("$year", year);
        }
        return clauses.Count == 0 ? "1" : string.Join(" AND ", clauses);
    }

    /// <summary>WHERE clause of the result rows: the report filter, rule and status.</summary>
    public static string ResultFilter(CheckQuery query, SqliteCommand command)
    {
        var where = ReportFilter(query, command, "r.", AgencySort);
        if (query.Rule is { } rule)
        {
            // An unknown rule matches no row.
            where += " AND r.rule_order = $rule";
            command.Parameters.AddWithValue("$rule", Order.TryGetValue(rule, out var order) ? order : -1);
        }
        if (query.Status is { } status)
        {
            // A status is one severity (CheckQuery.Severity is one-to-one): the rows stored keep only the severity, the
            // first column of their key.
            where += " AND r.severity = $severity";
            command.Parameters.AddWithValue("$severity", CheckQuery.Severity(status));
        }
        return where;
    }

    /// <summary>
    /// WHERE clause of the counts table (<see cref="CheckCounts"/>) for a query without an agency filter: year, rule and
    /// severity — the same rows <see cref="ResultFilter"/> selects.
    /// </summary>
    public static string CountFilter(CheckQuery query, SqliteCommand command)
    {
        if (query.Agency is not null) throw new ArgumentException("The counts hold no agency: count the rows.", nameof(query));
        var clauses = new List<string> { "1" };
        if (query.Year is { } year)
        {
            clauses.Add("year = $year");
            command.Parameters.AddWithValue("$year", year);
        }
        if (query.Rule is { } rule)
        {
            clauses.Add("rule_order = $rule");
            command.Parameters.AddWithValue("$rule", Order.TryGetValue(rule, out var order) ? order : -1);
        }
        if (query.Status is { } status)
        {
            clauses.Add("severity = $severity");
            command.Parameters.AddWithValue("$severity", CheckQuery.Severity(status));
        }
        return string.Join(" AND ", clauses);
    }

    /// <summary>ORDER BY of <see cref="CheckQuery.Select"/>: the asked order, then year (newest first), agency (none last), file, rule, result.</summary>
    public static string OrderBy(CheckQuery query)
    {
        var first = query.Sort switch
        {
            CheckSort.Year => query.Descending ? "r.year DESC" : "r.year",
            CheckSort.Agency => query.Descending ? $"(CASE {AgencySort} WHEN char(65535) THEN '' ELSE {AgencySort} END) DESC" : AgencySort,
            CheckSort.Rule => query.Descending ? "r.rule_order DESC" : "r.rule_order",
            CheckSort.Score => query.Descending ? "r.score IS NULL, r.score DESC" : "r.score IS NULL, r.score",
            _ => query.Descending ? "r.severity" : "r.severity DESC",
        };
        // year DESC puts unknown years last, as 0 does in CheckQuery.Select; the sort key orders by agency (U+FFFF, last,
        // without one), file and id: as these three did before the rule order and the id, wherever no two reports of a year
        // have the same agency and file (ties CheckQuery.Select leaves in no particular order).
        return first + ", r.year DESC, r.sort_key, r.rule_order, r.n";
    }
}
