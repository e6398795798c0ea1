using Microsoft.Data.Sqlite;
using SearchMining.Corpus.Storage;

namespace SearchMining.Corpus.Derived;

/// <summary>
/// A report's place in the order of <c>/api/checks</c> after year — agency (none last), file, id — as one integer
/// (<c>check_reports.sort_key</c>), which the result rows carry in their key instead of the agency, the file and the id
/// (store version 9: those three texts were three quarters of every row). Keys are spaced <see cref="Step"/> apart and a
/// report arriving between two others takes a key between theirs (at most <see cref="Nudge"/> past the lower one, so that
/// reports arriving in order keep room); when two neighbours have no key left between them every report is numbered
/// again (<see cref="Renumber"/>) and its result rows follow — rare, and costing one rewrite of the rows.
/// </summary>
internal static class SortKeys
{
    /// <summary>The distance between keys numbered afresh, and of a report placed after the last or before the first.</summary>
    public const long Step = 1L << 40;

    /// <summary>The largest distance a report placed between two others takes from the lower.</summary>
    public const long Nudge = 1L << 16;

    /// <summary>No key beyond ±this (a margin below <see cref="long.MaxValue"/> for the next step).</summary>
    private const long Limit = 1L << 62;

    /// <summary>The order of the reports the keys follow (the store's schema has an index <c>check_reports_order</c> on exactly this).</summary>
    public const string OrderColumns = "COALESCE(agency, char(65535)), source_file, report_id";

    /// <summary>
    /// Gives the report <paramref name="id"/> (its <c>check_reports</c> row written, its result rows none or deleted) a key
    /// between its neighbours' in the order, keeping its key when it still lies between them.
    /// </summary>
    public static long Assign(SqliteConnection connection, SqliteTransaction tx, string id)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (own, previous, next) = Neighbours(connection, tx, id);
            if (own is { } kept && (previous is null || previous < kept) && (next is null || kept < next)) return kept;
            long? key = (previous, next) switch
            {
                (null, null) => 0,
                ({ } p, null) => p <= Limit - Step ? p + Step : null,
                (null, { } n) => n >= -Limit + Step ? n - Step : null,
                ({ } p, { } n) => n - p >= 2 ? p + Math.Min((n - p) / 2, Nudge) : null,
            };
            if (key is { } k)
            {
                connection.Run(tx, "UPDATE check_reports SET sort_key = $key WHERE report_id = $id", ("$key", k), ("$id", id));
                return k;
            }
            if (attempt > 0) throw new InvalidOperationException("No sort key left after numbering the reports again.");
            Renumber(connection, tx);
        }
    }

    /// <summary>
    /// The report's own key and those of the reports just before and after it in the order (itself left out): each found by
    /// at most three range searches of the index on the order (equal agency and file, then equal agency, then the other
    /// agencies) — SQLite does not search an expression index by a row value.
    /// </summary>
    private static (long? Own, long? Previous, long? Next) Neighbours(SqliteConnection connection, SqliteTransaction tx, string id)
    {
        const string Agency = "COALESCE(agency, char(65535))";
        string agency, file;
        long? own;
        using (var self = connection.Command(tx, $"SELECT {Agency}, source_file, sort_key FROM check_reports WHERE report_id = $id", ("$id", id)))
        using (var reader = self.ExecuteReader())
        {
            if (!reader.Read()) throw new InvalidOperationException($"No report row for '{id}' to key.");
            (agency, file, own) = (reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2));
        }
        long? First(params string[] searches)
        {
            foreach (var sql in searches)
            {
                using var command = connection.Command(tx, sql, ("$agency", agency), ("$file", file), ("$id", id));
                if (command.ExecuteScalar() is long key) return key;
            }
            return null;
        }
        const string Keyed = "sort_key IS NOT NULL";
        var previous = First(
            $"SELECT sort_key FROM check_reports WHERE {Agency} = $agency AND source_file = $file AND report_id < $id AND {Keyed} ORDER BY report_id DESC LIMIT 1",
            $"SELECT sort_key FROM check_reports WHERE {Agency} = $agency AND source_file < $file AND {Keyed} ORDER BY source_file DESC, report_id DESC LIMIT 1",
            $"SELECT sort_key FROM check_reports WHERE {Agency} < $agency AND {Keyed} ORDER BY {Agency} DESC, source_file DESC, report_id DESC LIMIT 1");
        var next = First(
            $"SELECT sort_key FROM check_reports WHERE {Agency} = $agency AND source_file = $file AND report_id > $id AND {Keyed} ORDER BY report_id LIMIT 1",
            $"SELECT sort_key FROM check_reports WHERE {Agency} = $agency AND source_file > $file AND {Keyed} ORDER BY source_file, report_id LIMIT 1",
            $"SELECT sort_key FROM check_reports WHERE {Agency} > $agency AND {Keyed} ORDER BY {OrderColumns} LIMIT 1");
        return (own, previous, next);
    }

    /// <summary>Numbers every keyed report again, <paramref name="step"/> (<see cref="Step"/>) apart in the order, and moves its result rows to the new key.</summary>
    public static void Renumber(SqliteConnection connection, SqliteTransaction tx, long step = Step)
    {
        connection.Run(tx, $"""
            CREATE TEMP TABLE IF NOT EXISTS sort_renumber (old INTEGER PRIMARY KEY, report_id TEXT NOT NULL UNIQUE, new INTEGER NOT NULL);
            CREATE TEMP TABLE IF NOT EXISTS sort_moved (severity INTEGER, year INTEGER, sort_key INTEGER, rule_order INTEGER, n INTEGER, score REAL);
            DELETE FROM temp.sort_renumber;
            DELETE FROM temp.sort_moved;
            INSERT INTO temp.sort_renumber(old, report_id, new)
                SELECT sort_key, report_id, ROW_NUMBER() OVER (ORDER BY {OrderColumns}) * $step FROM check_reports WHERE sort_key IS NOT NULL;
            INSERT INTO temp.sort_moved SELECT r.severity, r.year, m.new, r.rule_order, r.n, r.score FROM check_results r JOIN temp.sort_renumber m ON m.old = r.sort_key;
            DELETE FROM check_results;
            UPDATE check_reports SET sort_key = NULL WHERE sort_key IS NOT NULL;
            UPDATE check_reports SET sort_key = (SELECT m.new FROM temp.sort_renumber m WHERE m.report_id = check_reports.report_id)
                WHERE report_id IN (SELECT report_id FROM temp.sort_renumber);
            INSERT INTO check_results(severity, year, sort_key, rule_order, n, score) SELECT severity, year, sort_key, rule_order, n, score FROM temp.sort_moved;
            DELETE FROM temp.sort_renumber;
            DELETE FROM temp.sort_moved;
            """, ("$step", step));
    }
}
