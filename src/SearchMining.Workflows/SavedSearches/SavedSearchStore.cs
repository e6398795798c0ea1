using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using SearchMining.Corpus.Storage;
using SearchMining.Workflows.Queries;

namespace SearchMining.Workflows.SavedSearches;

/// <summary>
/// Saved searches and the reports each has matched, in an embedded SQLite database kept beside the index (not inside
/// it, so rebuilding the index keeps them; report ids are content hashes, so a rebuilt index matches the same ids and
/// nothing shows as new). WAL journal, synchronous=FULL: a returned call is on disk. Thread-safe (one connection, serialised).
/// </summary>
public sealed class SavedSearchStore : IDisposable
{
    private const int Version = 1;

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    private SavedSearchStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    public string Path { get; }

    /// <summary>Opens (creating when missing) the database at <paramref name="path"/>.</summary>
    public static SavedSearchStore Open(string path) => new(path, DurableDatabase.Open(path, Schema, Version, "workflow database"));

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS saved_searches (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            spec TEXT NOT NULL,
            created_at TEXT NOT NULL,
            seen_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS saved_matches (
            search_id TEXT NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
            report_id TEXT NOT NULL,
            first_matched_at TEXT NOT NULL,
            seen INTEGER NOT NULL,
            PRIMARY KEY (search_id, report_id));
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """;

    public int Count()
    {
        lock (_gate)
        {
            using var command = Command(null, "SELECT COUNT(*) FROM saved_searches");
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Saves a search with the reports it matches now (seen: only later matches are new). Null when the name is taken.</summary>
    public SavedSearch? Create(string name, QuerySpec spec, IEnumerable<string> matchingReports, DateTimeOffset now)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            using (var exists = Command(tx, "SELECT 1 FROM saved_searches WHERE name = $name", ("$name", name)))
                if (exists.ExecuteScalar() is not null) return null;
            var search = new SavedSearch(NewId(), name, spec, now, now);
            Run(tx, "INSERT INTO saved_searches (id, name, spec, created_at, seen_at) VALUES ($id, $name, $spec, $at, $at)",
                ("$id", search.Id), ("$name", name), ("$spec", spec.ToQueryString()), ("$at", Time(now)));
            foreach (var report in matchingReports.Distinct(StringComparer.Ordinal))
                Run(tx, "INSERT INTO saved_matches (search_id, report_id, first_matched_at, seen) VALUES ($id, $report, $at, 1)",
                    ("$id", search.Id), ("$report", report), ("$at", Time(now)));
            tx.Commit();
            return search;
        }
    }

    public IReadOnlyList<SavedSearch> List()
    {
        lock (_gate)
        {
            using var command = Command(null, "SELECT id, name, spec, created_at, seen_at FROM saved_searches ORDER BY created_at, id");
            using var reader = command.ExecuteReader();
            var list = new List<SavedSearch>();
            while (reader.Read()) list.Add(ReadSearch(reader));
            return list;
        }
    }

    public SavedSearch? Get(string id)
    {
        lock (_gate)
        {
            using var command = Command(null, "SELECT id, name, spec, created_at, seen_at FROM saved_searches WHERE id = $id", ("$id", id));
            using var reader = command.ExecuteReader();
            return reader.Read() ? ReadSearch(reader) : null;
        }
    }

    /// <summary>Removes a search and what it matched; false when there was no such search.</summary>
    public bool Delete(string id)
    {
        lock (_gate)
        {
            return Run(null, "DELETE FROM saved_searches WHERE id = $id", ("$id", id)) > 0;
        }
    }

    /// <summary>
    /// Records the reports the search matches now: those never matched before are kept as new (unseen) from
    /// <paramref name="now"/>. Returns what the search has matched and still matches, newest first.
    /// </summary>
    public IReadOnlyList<SavedMatch> Record(string id, IReadOnlyCollection<string> matchingReports, DateTimeOffset now)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            foreach (var report in matchingReports)
                Run(tx, "INSERT OR IGNORE INTO saved_matches (search_id, report_id, first_matched_at, seen) SELECT $id, $report, $at, 0 WHERE EXISTS (SELECT 1 FROM saved_searches WHERE id = $id)",
                    ("$id", id), ("$report", report), ("$at", Time(now)));
            var current = new HashSet<string>(matchingReports, StringComparer.Ordinal);
            var matches = new List<SavedMatch>();
            using (var select = Command(tx, "SELECT report_id, first_matched_at, seen FROM saved_matches WHERE search_id = $id ORDER BY first_matched_at DESC, report_id", ("$id", id)))
            using (var reader = select.ExecuteReader())
            {
                while (reader.Read())
                {
                    var report = reader.GetString(0);
                    if (current.Contains(report)) matches.Add(new SavedMatch(report, ParseTime(reader.GetString(1)), reader.GetInt64(2) != 0));
                }
            }
            tx.Commit();
            return matches;
        }
    }

    /// <summary>Marks every match of the search as seen; false when there is no such search.</summary>
    public bool MarkSeen(string id, DateTimeOffset now)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            var found = Run(tx, "UPDATE saved_searches SET seen_at = $at WHERE id = $id", ("$id", id), ("$at", Time(now))) > 0;
            Run(tx, "UPDATE saved_matches SET seen = 1 WHERE search_id = $id", ("$id", id));
            tx.Commit();
            return found;
        }
    }

    private static SavedSearch ReadSearch(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), QuerySpec.FromQueryString(reader.GetString(2)), ParseTime(reader.GetString(3)), ParseTime(reader.GetString(4)));

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private int Run(SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters) =>
        _connection.Run(tx, sql, parameters);

    private SqliteCommand Command(SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters) =>
        _connection.Command(tx, sql, parameters);

    public void Dispose()
    {
        lock (_gate) _connection.Dispose();
    }
}
