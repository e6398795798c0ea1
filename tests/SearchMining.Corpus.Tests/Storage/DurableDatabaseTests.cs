using Microsoft.Data.Sqlite;
using SearchMining.Corpus.Storage;
using SearchMining.Corpus.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Corpus.Tests.Storage;

public sealed class DurableDatabaseTests : IDisposable
{
    private const string Meta = "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);";

    private readonly TempFolder _folder = new("smdurable");

    public void Dispose() => _folder.Dispose();

    private string PathOf(string name) => System.IO.Path.Combine(_folder.Path, name);

    [Fact]
    public void A_schema_statement_that_fails_after_the_pragmas_is_an_error_not_a_silently_skipped_rest()
    {
        // An index on a column its table lacks: with the pragmas in the same command (journal_mode returns a row) this
        // error was lost and the statements after it never ran, while the store opened as if complete.
        var schema = Meta + """
            CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, name TEXT);
            CREATE INDEX IF NOT EXISTS items_by_missing ON items(missing_column);
            CREATE TABLE IF NOT EXISTS after_the_error (id INTEGER PRIMARY KEY);
            """;
        Should.Throw<SqliteException>(() => DurableDatabase.Open(PathOf("broken.db"), schema, 1, "test store").Dispose());
    }

    [Fact]
    public void Every_statement_of_a_good_schema_is_applied_and_the_pragmas_hold()
    {
        var schema = Meta + """
            CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, name TEXT);
            CREATE INDEX IF NOT EXISTS items_by_name ON items(name);
            CREATE TABLE IF NOT EXISTS last_one (id INTEGER PRIMARY KEY);
            """;
        using var connection = DurableDatabase.Open(PathOf("good.db"), schema, 3, "test store");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name)";
        command.ExecuteScalar().ShouldBe("items,items_by_name,last_one,meta");
        command.CommandText = "PRAGMA journal_mode";
        command.ExecuteScalar().ShouldBe("wal");
        command.CommandText = "PRAGMA synchronous";
        Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(2); // FULL
        command.CommandText = "SELECT value FROM meta WHERE key = 'version'";
        command.ExecuteScalar().ShouldBe("3");
    }

    [Fact]
    public void A_file_of_another_version_is_refused_with_its_version_before_the_new_schema_touches_it()
    {
        var path = PathOf("old.db");
        DurableDatabase.Open(path, Meta + "CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY);", 1, "test store").Dispose();
        // version 2's schema indexes a column version 1's table has not: the version, not an SQL error, is what the user reads
        var error = Should.Throw<InvalidOperationException>(() =>
            DurableDatabase.Open(path, Meta + "CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, name TEXT); CREATE INDEX IF NOT EXISTS items_by_name ON items(name);", 2, "test store").Dispose());
        error.Message.ShouldContain("has version 1; this program reads version 2");
        // and the old file is left as it was
        using var reopened = DurableDatabase.Open(path, Meta + "CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY);", 1, "test store");
        using var command = reopened.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'items_by_name'";
        Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(0);
    }
}
