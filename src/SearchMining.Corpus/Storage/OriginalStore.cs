using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SearchMining.Corpus.Storage;

/// <summary>
/// Every original ever ingested (bytes, file name, content type, arrival time, source URL), kept in an embedded SQLite
/// database beside the index (<c>&lt;index&gt;/originals/originals.db</c>, WAL journal, synchronous=FULL: a returned call is on
/// disk). The index can be rebuilt from it at any time. A deleted or replaced report's bytes are dropped; a tombstone
/// (hash, file name, report id, reason) stays so a bundled file the user deleted is not ingested again.
/// Removal is two-phase: <see cref="MarkPendingRemoval"/> before the index commit, <see cref="CompleteRemoval"/> after it
/// (or <see cref="ClearPendingRemoval"/> when the commit failed); a crash in between is settled on the next start by
/// looking at the index. Thread-safe (one connection, serialised).
/// </summary>
public sealed class OriginalStore : IDisposable
{
    public const string FolderName = "originals";
    public const string FileName = "originals.db";
    private const int Version = 1;

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    private OriginalStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The store of the index at <paramref name="indexFolder"/> (created when missing).</summary>
    public static OriginalStore Open(string indexFolder)
    {
        var path = System.IO.Path.Combine(indexFolder, FolderName, FileName);
        return new OriginalStore(path, DurableDatabase.Open(path, Schema, Version, "originals store"));
    }

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS originals (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            sha256 TEXT NOT NULL UNIQUE,
            file_name TEXT NOT NULL,
            content_type TEXT,
            size INTEGER NOT NULL,
            received_at TEXT NOT NULL,
            source_url TEXT,
            origin TEXT NOT NULL,
            report_id TEXT NOT NULL,
            forced INTEGER NOT NULL DEFAULT 0,
            pending_removal TEXT,
            content BLOB NOT NULL);
        CREATE INDEX IF NOT EXISTS originals_report ON originals(report_id);
        CREATE TABLE IF NOT EXISTS removed (
            sha256 TEXT PRIMARY KEY,
            file_name TEXT NOT NULL,
            report_id TEXT,
            reason TEXT NOT NULL,
            removed_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """;

    /// <summary>Keeps the file (durably) as the original of <paramref name="reportId"/>; the same bytes again keep one row.</summary>
    public AddedOriginal Add(OriginalFile file, string reportId) => AddRange([(file, reportId)])[0];

    /// <summary>
    /// <see cref="Add"/> of several files in one transaction: one write to disk (fsync) for all of them, and all kept or
    /// none (bulk ingestion keeps a batch's originals this way before writing its reports).
    /// </summary>
    public IReadOnlyList<AddedOriginal> AddRange(IReadOnlyList<(OriginalFile File, string ReportId)> originals)
    {
        if (originals.Count == 0) return [];
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            var added = originals.Select(o => AddCore(tx, o.File, o.ReportId)).ToList();
            tx.Commit();
            return added;
        }
    }

    private AddedOriginal AddCore(SqliteTransaction tx, OriginalFile file, string reportId)
    {
        using (var find = Command(tx, "SELECT seq, report_id FROM originals WHERE sha256 = $sha", ("$sha", file.Sha256)))
        using (var reader = find.ExecuteReader())
        {
            if (reader.Read())
            {
                var seq = reader.GetInt64(0);
                var previous = reader.GetString(1);
                reader.Close();
                if (previous == reportId) return new AddedOriginal(seq, false, null);
                Run(tx, "UPDATE originals SET report_id = $id WHERE seq = $seq", ("$id", reportId), ("$seq", seq));
                return new AddedOriginal(seq, false, previous);
            }
        }
        Run(tx, "DELETE FROM removed WHERE sha256 = $sha", ("$sha", file.Sha256));
        using var insert = Command(tx, """
            INSERT INTO originals (sha256, file_name, content_type, size, received_at, source_url, origin, report_id, forced, content)
            VALUES ($sha, $name, $type, $size, $at, $url, $origin, $id, $forced, $content);
            SELECT last_insert_rowid();
            """,
            ("$sha", file.Sha256), ("$name", file.FileName), ("$type", file.ContentType), ("$size", file.Content.LongLength),
            ("$at", file.ReceivedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)), ("$url", file.SourceUrl),
            ("$origin", file.Origin.ToString()), ("$id", reportId), ("$forced", file.Forced ? 1 : 0), ("$content", file.Content));
        return new AddedOriginal(Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture), true, null);
    }

    /// <summary>Undoes an <see cref="Add"/> whose report could not be committed to the index.</summary>
    public void Undo(AddedOriginal added)
    {
        lock (_gate)
        {
            if (added.IsNew) Run(null, "DELETE FROM originals WHERE seq = $seq", ("$seq", added.Sequence));
            else if (added.PreviousReportId is { } previous)
                Run(null, "UPDATE originals SET report_id = $id WHERE seq = $seq", ("$id", previous), ("$seq", added.Sequence));
        }
    }

    /// <summary>Marks the originals of these reports as about to be removed (<paramref name="reason"/>: deleted, superseded); returns the rows marked.</summary>
    public IReadOnlyList<long> MarkPendingRemoval(IReadOnlyCollection<string> reportIds, string reason)
    {
        if (reportIds.Count == 0) return [];
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            var marked = new List<long>();
            foreach (var id in reportIds)
            {
                using var select = Command(tx, "SELECT seq FROM originals WHERE report_id = $id AND pending_removal IS NULL", ("$id", id));
                using (var reader = select.ExecuteReader())
                    while (reader.Read()) marked.Add(reader.GetInt64(0));
                Run(tx, "UPDATE originals SET pending_removal = $reason WHERE report_id = $id AND pending_removal IS NULL", ("$reason", reason), ("$id", id));
            }
            tx.Commit();
            return marked;
        }
    }

    /// <summary>The removal did not happen (the index commit failed): the rows are kept as they were.</summary>
    public void ClearPendingRemoval(IEnumerable<long> sequences) => ForEach(sequences, "UPDATE originals SET pending_removal = NULL WHERE seq = $seq");

    /// <summary>The removal happened: the bytes are dropped and a tombstone is kept.</summary>
    public void CompleteRemoval(IEnumerable<long> sequences) => ForEach(sequences, """
        INSERT OR REPLACE INTO removed (sha256, file_name, report_id, reason, removed_at)
            SELECT sha256, file_name, report_id, COALESCE(pending_removal, 'deleted'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM originals WHERE seq = $seq;
        DELETE FROM originals WHERE seq = $seq;
        """);

    /// <summary>Drops text recovered from the index for a report now kept as a real original.</summary>
    public int DropRecovered(string reportId)
    {
        lock (_gate)
        {
            return Run(null, "DELETE FROM originals WHERE report_id = $id AND origin = $origin AND EXISTS (SELECT 1 FROM originals o WHERE o.report_id = $id AND o.origin <> $origin)",
                ("$id", reportId), ("$origin", nameof(OriginalOrigin.Recovered)));
        }
    }

    /// <summary>Whether bytes with this hash are kept, were removed, or were never seen.</summary>
    public OriginalState StateOf(string sha256)
    {
        lock (_gate)
        {
            using var command = Command(null, """
                SELECT CASE WHEN EXISTS (SELECT 1 FROM originals WHERE sha256 = $sha) THEN 1
                            WHEN EXISTS (SELECT 1 FROM removed WHERE sha256 = $sha) THEN 2 ELSE 0 END
                """, ("$sha", sha256));
            return (OriginalState)Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>True when a report with this id was deleted or replaced (a tombstone names it) and no kept original names it.</summary>
    public bool WasRemoved(string reportId)
    {
        lock (_gate)
        {
            using var command = Command(null, """
                SELECT EXISTS (SELECT 1 FROM removed WHERE report_id = $id) AND NOT EXISTS (SELECT 1 FROM originals WHERE report_id = $id)
                """, ("$id", reportId));
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
        }
    }

    /// <summary>Every kept original, in order of arrival (without the bytes).</summary>
    public IReadOnlyList<StoredOriginal> List()
    {
        lock (_gate)
        {
            using var command = Command(null, """
                SELECT seq, sha256, file_name, content_type, size, received_at, source_url, origin, report_id, forced, pending_removal
                FROM originals ORDER BY seq
                """);
            using var reader = command.ExecuteReader();
            var list = new List<StoredOriginal>();
            while (reader.Read())
            {
                list.Add(new StoredOriginal(
                    reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetNullableString(3), reader.GetInt64(4),
                    DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                    reader.GetNullableString(6), Enum.Parse<OriginalOrigin>(reader.GetString(7)), reader.GetString(8),
                    reader.GetInt64(9) != 0, reader.GetNullableString(10)));
            }
            return list;
        }
    }

    /// <summary>The newest kept original of a report (not being removed), or null when the store keeps none for it.</summary>
    public StoredOriginal? Latest(string reportId) =>
        List().LastOrDefault(o => o.PendingRemoval is null && string.Equals(o.ReportId, reportId, StringComparison.Ordinal));

    /// <summary>The bytes of a kept original, or null when it is gone.</summary>
    public byte[]? ReadContent(long sequence)
    {
        lock (_gate)
        {
            using var command = Command(null, "SELECT content FROM originals WHERE seq = $seq", ("$seq", sequence));
            return command.ExecuteScalar() as byte[];
        }
    }

    /// <summary>Kept originals and tombstones.</summary>
    public (int Kept, int Removed) Count()
    {
        lock (_gate)
        {
            using var command = Command(null, "SELECT (SELECT COUNT(*) FROM originals), (SELECT COUNT(*) FROM removed)");
            using var reader = command.ExecuteReader();
            reader.Read();
            return (reader.GetInt32(0), reader.GetInt32(1));
        }
    }

    private void ForEach(IEnumerable<long> sequences, string sql)
    {
        var list = sequences.ToList();
        if (list.Count == 0) return;
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            foreach (var seq in list) Run(tx, sql, ("$seq", seq));
            tx.Commit();
        }
    }

    private int Run(SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters) =>
        _connection.Run(tx, sql, parameters);

    private SqliteCommand Command(SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters) =>
        _connection.Command(tx, sql, parameters);

    public void Dispose()
    {
        lock (_gate) _connection.Dispose();
    }
}
