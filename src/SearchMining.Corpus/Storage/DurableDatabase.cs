using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SearchMining.Corpus.Storage;

/// <summary>
/// Opens the small SQLite stores kept beside the index (the originals store, the workflows database): WAL journal,
/// synchronous=FULL (a returned call is on disk), a busy timeout, foreign keys on; creates the schema and checks its
/// version, so every store opens, and refuses a file of another version, the same way.
/// </summary>
public static class DurableDatabase
{
    /// <param name="path">The database file (its folder is created when missing).</param>
    /// <param name="schema">CREATE … IF NOT EXISTS statements; the schema must have a <c>meta(key, value)</c> table.</param>
    /// <param name="version">The schema version this program reads (written into a new file).</param>
    /// <param name="what">What the store is, for the version error ("originals store").</param>
    /// <param name="pageSize">The page size of a new file (SQLite's default, 4096, when null); an existing file keeps its own.</param>
    public static SqliteConnection Open(string path, string schema, int version, string what, int? pageSize = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        try
        {
            connection.Open();
            // Each pragma on its own command, then the schema on its own: a pragma returns a row (journal_mode answers "wal"),
            // and in one command with it the statements after that row run only while the reader is disposed, where an error
            // (an index on a column an older file's table lacks) is lost and the rest of the schema silently not applied.
            if (pageSize is { } size) Run(connection, $"PRAGMA page_size = {size};");
            Run(connection, "PRAGMA journal_mode = WAL;");
            Run(connection, "PRAGMA synchronous = FULL;");
            Run(connection, "PRAGMA busy_timeout = 5000;");
            Run(connection, "PRAGMA foreign_keys = ON;");
            var expected = version.ToString(CultureInfo.InvariantCulture);
            // A file of another version is refused before this version's schema touches it (its tables may not take it).
            if (StoredVersion(connection) is { } stored && stored != expected)
                throw new InvalidOperationException($"The {what} {path} has version {stored}; this program reads version {version}.");
            Run(connection, schema);
            using (var check = connection.CreateCommand())
            {
                check.CommandText = "INSERT OR IGNORE INTO meta(key, value) VALUES ('version', $v); SELECT value FROM meta WHERE key = 'version';";
                check.Parameters.AddWithValue("$v", expected);
                var found = Convert.ToString(check.ExecuteScalar(), CultureInfo.InvariantCulture);
                if (found != expected)
                    throw new InvalidOperationException($"The {what} {path} has version {found}; this program reads version {version}.");
            }
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="sql"/> (statements that return no rows, or a pragma whose one row is read and dropped).</summary>
    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.NextResult()) { }
    }

    /// <summary>The version a file's <c>meta</c> table records, or null (a new file, or no version written yet).</summary>
    private static string? StoredVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'";
        if (command.ExecuteScalar() is null) return null;
        command.CommandText = "SELECT value FROM meta WHERE key = 'version'";
        return command.ExecuteScalar() is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
    }
}
