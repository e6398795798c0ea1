using System.Globalization;
using Microsoft.Data.Sqlite;
using SearchMining.Corpus.Storage;

namespace SearchMining.Corpus.Derived;

/// <summary>
/// Counts of the derived store's check rows, kept by SQLite triggers in the same transactions as the rows themselves, so
/// that <c>/api/checks</c> without an agency filter reads its total and its per-rule report counts from a few hundred rows
/// instead of counting the result rows (6.2 M at 100k: a pass over ~0.6 GiB on a cold call) and the report rows:
/// <list type="bullet">
/// <item><c>check_counts</c>: per (year, severity, rule order) how many result rows — the total of any filter on year, rule
/// and status (a status is one severity) is a sum of them;</item>
/// <item><c>check_status_counts</c>: per (year, the 17 statuses of a report) how many computed reports — the per-rule report
/// counts of a year or of the corpus.</item>
/// </list>
/// A report without a year counts under <see cref="DerivedStore.NoYear"/>, which no year filter matches. The triggers see every
/// insert, update and delete of the rows, whoever makes it, so the counts cannot drift from the rows; a store written before
/// them (version 6 of the ninth wave) has the tables created empty by the schema and is counted once at its first open
/// (<see cref="Backfill"/>), in one transaction. The store's version is unchanged.
/// </summary>
internal static class CheckCounts
{
    /// <summary>Bump when the counts' tables or triggers change: a store is counted again at its next open.</summary>
    public const string Version = "1";

    public const string Schema = """
        CREATE TABLE IF NOT EXISTS check_counts (
            year INTEGER NOT NULL, severity INTEGER NOT NULL, rule_order INTEGER NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (year, severity, rule_order)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS check_status_counts (
            year INTEGER NOT NULL, statuses TEXT NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (year, statuses)) WITHOUT ROWID;
        CREATE TRIGGER IF NOT EXISTS check_counts_insert AFTER INSERT ON check_results BEGIN
            INSERT INTO check_counts(year, severity, rule_order, n) VALUES (NEW.year, NEW.severity, NEW.rule_order, 1)
            ON CONFLICT(year, severity, rule_order) DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER IF NOT EXISTS check_counts_delete AFTER DELETE ON check_results BEGIN
            UPDATE check_counts SET n = n - 1 WHERE year = OLD.year AND severity = OLD.severity AND rule_order = OLD.rule_order;
        END;
        CREATE TRIGGER IF NOT EXISTS check_counts_update AFTER UPDATE ON check_results BEGIN
            UPDATE check_counts SET n = n - 1 WHERE year = OLD.year AND severity = OLD.severity AND rule_order = OLD.rule_order;
            INSERT INTO check_counts(year, severity, rule_order, n) VALUES (NEW.year, NEW.severity, NEW.rule_order, 1)
            ON CONFLICT(year, severity, rule_order) DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER IF NOT EXISTS check_status_counts_insert AFTER INSERT ON check_reports WHEN NEW.computed = 1 BEGIN
            INSERT INTO check_status_counts(year, statuses, n) VALUES (COALESCE(NEW.year, -1), NEW.statuses, 1)
            ON CONFLICT(year, statuses) DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER IF NOT EXISTS check_status_counts_delete AFTER DELETE ON check_reports WHEN OLD.computed = 1 BEGIN
            UPDATE check_status_counts SET n = n - 1 WHERE year = COALESCE(OLD.year, -1) AND statuses = OLD.statuses;
        END;
        CREATE TRIGGER IF NOT EXISTS check_status_counts_update_old AFTER UPDATE ON check_reports WHEN OLD.computed = 1 BEGIN
            UPDATE check_status_counts SET n = n - 1 WHERE year = COALESCE(OLD.year, -1) AND statuses = OLD.statuses;
        END;
        CREATE TRIGGER IF NOT EXISTS check_status_counts_update_new AFTER UPDATE ON check_reports WHEN NEW.computed = 1 BEGIN
            INSERT INTO check_status_counts(year, statuses, n) VALUES (COALESCE(NEW.year, -1), NEW.statuses, 1)
            ON CONFLICT(year, statuses) DO UPDATE SET n = n + 1;
        END;
        """;

    /// <summary>
    /// Counts the rows into the tables when the store's <c>meta.counts</c> is not <see cref="Version"/> (a store written before
    /// them, or by other triggers), in one transaction; true when it did. The triggers exist already (the schema made them),
    /// so every later write keeps the counts.
    /// </summary>
    public static bool Backfill(SqliteConnection connection)
    {
        using (var read = connection.Command(null, "SELECT value FROM meta WHERE key = 'counts'"))
        {
            if (read.ExecuteScalar() as string == Version) return false;
        }
        using var tx = connection.BeginTransaction();
        connection.Run(tx, """
            DELETE FROM check_counts;
            DELETE FROM check_status_counts;
            INSERT INTO check_counts(year, severity, rule_order, n)
                SELECT year, severity, rule_order, COUNT(*) FROM check_results GROUP BY year, severity, rule_order;
            INSERT INTO check_status_counts(year, statuses, n)
                SELECT COALESCE(year, -1), statuses, COUNT(*) FROM check_reports WHERE computed = 1 GROUP BY COALESCE(year, -1), statuses;
            INSERT INTO meta(key, value) VALUES ('counts', $version) ON CONFLICT(key) DO UPDATE SET value = $version;
            """, ("$version", Version));
        tx.Commit();
        return true;
    }

    /// <summary>The number of result rows matching <paramref name="query"/>'s year, rule and status (it must have no agency filter).</summary>
    public static int Total(SqliteConnection connection, Checks.CheckQuery query)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COALESCE(SUM(n), 0) FROM check_counts WHERE {CheckSql.CountFilter(query, command)}";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Each distinct statuses string of the computed reports of <paramref name="year"/> (every year when null) with how many reports have it.</summary>
    public static IEnumerable<(string Statuses, int Reports)> Statuses(SqliteConnection connection, int? year)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT statuses, n FROM check_status_counts WHERE n > 0" + (year is null ? "" : " AND year = $year");
        if (year is { } y) command.Parameters.AddWithValue("$year", y);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return (reader.GetString(0), reader.GetInt32(1));
    }
}
