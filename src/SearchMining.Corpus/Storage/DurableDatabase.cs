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
            using (var setup = connection.CreateCommand())
            {
                // The page size takes effect only before the file's first page is written, so it comes before the journal mode.
                setup.CommandText = (pageSize is { } size ? $"PRAGMA page_size = {size};\n" : "") + """
                    PRAGMA journal_mode = WAL;
                    PRAGMA synchronous = FULL;
                    PRAGMA busy_timeout = 5000;
                    PRAGMA foreign_keys = ON;
                    """ + "\n" + schema;
                setup.ExecuteNonQuery();
            }
            var expected = version.ToString(CultureInfo.InvariantCulture);
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
}
