using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SearchMining.Core.Checks;
using SearchMining.Core.Domain;
using SearchMining.Core.Serialization;
using SearchMining.Corpus.Checks;
using SearchMining.Corpus.Storage;

namespace SearchMining.Corpus.Derived;

/// <summary>
/// What the corpus-wide views read, computed at ingest and kept in an SQLite file beside the index
/// (<c>&lt;index&gt;/derived/derived.db</c>, opened through <see cref="DurableDatabase"/>): per report the agency key, year,
/// the status of every rule; per (report, rule) one compressed blob of that rule's results (<see cref="Pack"/>, a
/// table appended in order of arrival with a unique key on report and rule order — a <c>WITHOUT ROWID</c> table split its
/// pages on every report's random id and spilled larger blobs to overflow pages: a view whose rows come from many reports unpacks one small
/// blob a row, not a whole report's); per check result one slim row with only the columns the views filter and sort on
/// (severity — which is the status —, year, the report's sort key standing for its agency, file and id (version 9:
/// <see cref="SortKeys"/>), rule order, score) — a <c>WITHOUT ROWID</c> table whose key is the default order of
/// <c>/api/checks</c> (version 6: until version 5 the rows were keyed by report and that order was a second copy of every
/// row in an index), its result read from its rule's blob. Derived data only — it can always be rebuilt from the stored reports: a file of another
/// <see cref="Version"/> (or other rules) is deleted and rebuilt, and <see cref="Stamp"/> says which index commit the
/// rows match. One writing connection (serialised); reads open their own connections (WAL: they never wait for writes).
/// </summary>
internal sealed class DerivedStore : IDisposable
{
    public const string FolderName = "derived";
    public const string FileName = "derived.db";

    /// <summary>
    /// Bump when the rows, the rules or their evidence change shape: an older file is rebuilt. Version 8: no blob for a rule
    /// whose status on the report is PASS (<see cref="PackedChecks"/>; its results are computed again when read). Version 9:
    /// the result rows carry the report's sort key (<see cref="SortKeys"/>) instead of its agency, file and id. Version 10: a
    /// commitment's row (<see cref="ViewTables"/>) is keyed by its report's <c>seq</c> and holds the commitment as columns
    /// (<see cref="CommitmentColumns"/>), not its report's id, agency, region and year again and its JSON.
    /// </summary>
    public const int Version = 10;

    /// <summary>
    /// Page size of a new file. A rule blob (median ~0.35 KB, one in eight over 1 KB, the largest ~4 KB) that does not fit in
    /// a page's share spills into overflow pages of its own, mostly empty: with 4 KiB pages the blob table took 14 MB for
    /// 9 MB of blobs at 1k reports; 16 KiB pages keep nearly every blob on its leaf page.
    /// </summary>
    private const int PageSize = 16384;

    /// <summary>The sort value of a report without an agency: after every name, as <see cref="CheckQuery.Select"/> puts it.</summary>
    public const string NoAgency = "\uffff";

    /// <summary>
    /// The year of a result row of a report without one (a key column cannot be NULL): below every year, so that it sorts where
    /// NULL did — last when newest first, first when oldest first — and no year filter matches it.
    /// </summary>
    public const int NoYear = -1;

    private static readonly JsonSerializerOptions Json = new(ReportJson.CreateOptions(indented: false))
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Brotli quality of a report's stored results (their JSON repeats rule ids, labels and field names).</summary>
    private const int Quality = 5;

    /// <summary>Bytes before a packed blob's Brotli data: the length of its JSON.</summary>
    private const int LengthPrefix = 4;

    /// <summary>Top bit of the length prefix: the results are stored whole, not in their slim form (<see cref="SlimResults"/>).</summary>
    private const uint WholeFlag = 0x8000_0000;
    private readonly SqliteConnection _connection;
    private readonly string _readConnectionString;
    private readonly SqliteConnection? _keepAlive;
    private readonly Lock _gate = new();
    private long _seq;

    private DerivedStore(string path, SqliteConnection connection, string readConnectionString, SqliteConnection? keepAlive, bool recreated)
    {
        Path = path;
        _connection = connection;
        _readConnectionString = readConnectionString;
        _keepAlive = keepAlive;
        Recreated = recreated;
        using var max = _connection.CreateCommand();
        max.CommandText = "SELECT COALESCE(MAX(seq), 0) FROM check_reports";
        _seq = Convert.ToInt64(max.ExecuteScalar(), CultureInfo.InvariantCulture);
        CountsBackfilled = CheckCounts.Backfill(_connection);
    }

    /// <summary>The check counts were (re)counted from the rows at this open (a store written before them): see <see cref="CheckCounts"/>.</summary>
    public bool CountsBackfilled { get; }

    /// <summary>The database file, or a name for an in-memory store.</summary>
    public string Path { get; }

    /// <summary>The file was of another version (or other rules) and was started afresh: everything is to be rebuilt.</summary>
    public bool Recreated { get; }

    /// <summary>The rule ids the rows were computed with, in order (a change rebuilds the store).</summary>
    private static string RulesKey => string.Join(',', CheckRules.All.Select(r => r.Id));

    /// <summary>The store of the index at <paramref name="indexFolder"/>; one of another version or other rules is deleted and created again.</summary>
    public static DerivedStore Open(string indexFolder)
    {
        var path = System.IO.Path.Combine(indexFolder, FolderName, FileName);
        var recreated = false;
        SqliteConnection connection;
        try
        {
            connection = DurableDatabase.Open(path, Schema, Version, "derived store", PageSize);
        }
        catch (InvalidOperationException)
        {
            // Another version (DurableDatabase refuses it before this version's schema touches its tables, which may not take
            // it: version 9's indexes name a column version 8 has not): derived data, so start again and rebuild from the
            // stored reports.
            Delete(path);
            recreated = true;
            connection = DurableDatabase.Open(path, Schema, Version, "derived store", PageSize);
        }
        if (ReadMeta(connection, "rules") is { } rules && rules != RulesKey)
        {
            connection.Dispose();
            Delete(path);
            recreated = true;
            connection = DurableDatabase.Open(path, Schema, Version, "derived store", PageSize);
        }
        WriteMeta(connection, null, "rules", RulesKey);
        LimitJournal(connection);
        var read = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
        return new DerivedStore(path, connection, read, null, recreated);
    }

    /// <summary>A store in memory (an index opened read-only, whose folder this process must not write).</summary>
    public static DerivedStore InMemory()
    {
        var name = "derived-" + Guid.NewGuid().ToString("N");
        var shared = new SqliteConnectionStringBuilder { DataSource = name, Mode = SqliteOpenMode.Memory, Cache = SqliteCacheMode.Shared }.ToString();
        var keepAlive = new SqliteConnection(shared);
        keepAlive.Open();
        var connection = new SqliteConnection(shared);
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = Schema;
            setup.ExecuteNonQuery();
        }
        WriteMeta(connection, null, "rules", RulesKey);
        return new DerivedStore(name, connection, shared, keepAlive, recreated: true);
    }

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS check_reports (
            report_id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            history_key TEXT,
            agency TEXT,
            year INTEGER,
            source_file TEXT NOT NULL,
            previous_id TEXT,
            computed INTEGER NOT NULL DEFAULT 0,
            statuses TEXT NOT NULL DEFAULT '',
            sort_key INTEGER);
        CREATE INDEX IF NOT EXISTS check_reports_history ON check_reports(history_key, year);
        CREATE UNIQUE INDEX IF NOT EXISTS check_reports_sort_key ON check_reports(sort_key);
        CREATE INDEX IF NOT EXISTS check_reports_order ON check_reports(COALESCE(agency, char(65535)), source_file, report_id);
        CREATE TABLE IF NOT EXISTS check_results (
            severity INTEGER NOT NULL,
            year INTEGER NOT NULL,
            sort_key INTEGER NOT NULL,
            rule_order INTEGER NOT NULL,
            n INTEGER NOT NULL,
            score REAL,
            PRIMARY KEY (severity DESC, year DESC, sort_key, rule_order, n)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS check_rule_results (
            report_id TEXT NOT NULL,
            rule_order INTEGER NOT NULL,
            first_n INTEGER NOT NULL,
            results BLOB NOT NULL,
            UNIQUE (report_id, rule_order));
        CREATE TABLE IF NOT EXISTS years_parts (part TEXT PRIMARY KEY, version TEXT NOT NULL, data BLOB NOT NULL);
        """ + "\n" + CheckCounts.Schema + "\n" + ViewTables.Schema;

    /// <summary>The index version the rows were last made to match, or null (never, or a rebuild under way).</summary>
    public string? Stamp
    {
        get
        {
            lock (_gate) return ReadMeta(_connection, "stamp");
        }
    }

    /// <summary>Applies one change set in one transaction: removals, new report rows, computed results, and the stamp (null: the stamp is cleared).</summary>
    public void Write(DerivedChanges changes, string? stamp)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            foreach (var id in changes.Removed)
            {
                DeleteResults(tx, id);
                Run(tx, "DELETE FROM check_rule_results WHERE report_id = $id", ("$id", id));
                Run(tx, "DELETE FROM check_reports WHERE report_id = $id", ("$id", id));
            }
            foreach (var report in changes.Added)
            {
                // Before the row is updated: its result rows are keyed by the row's year, agency and file.
                DeleteResults(tx, report.Id);
                Run(tx, "DELETE FROM check_rule_results WHERE report_id = $id", ("$id", report.Id));
                Run(tx, """
                    INSERT INTO check_reports(report_id, seq, history_key, agency, year, source_file) VALUES ($id, $seq, $key, $agency, $year, $file)
                    ON CONFLICT(report_id) DO UPDATE SET history_key = $key, agency = $agency, year = $year, source_file = $file, computed = 0
                    """,
                    ("$id", report.Id), ("$seq", ++_seq), ("$key", report.HistoryKey), ("$agency", report.Agency), ("$year", report.Year), ("$file", report.SourceFile));
                SortKeys.Assign(_connection, tx, report.Id);
            }
            foreach (var checks in changes.Computed) WriteChecks(tx, checks);
            if (changes.Removed.Count > 0 || changes.Added.Count > 0)
                ViewTables.Apply(_connection, tx, changes.Removed, changes.Added.Select(a => a.View));
            if (stamp is null) Run(tx, "DELETE FROM meta WHERE key = 'stamp'");
            else WriteMeta(_connection, tx, "stamp", stamp);
            tx.Commit();
        }
    }

    /// <summary>
    /// Whether the view tables (<see cref="ViewTables"/>) hold every report the store does: set by <see cref="FillViews"/>
    /// once it has filled them from the index (a store written before these tables has them empty), kept by every write.
    /// </summary>
    public bool ViewsComplete
    {
        get
        {
            lock (_gate) return ReadMeta(_connection, "views") == ViewTables.Version;
        }
    }

    /// <summary>
    /// Fills the view tables from <paramref name="visit"/> (every indexed report's view, handed over in chunks of
    /// <paramref name="chunk"/>: one transaction each), after emptying them, then records them complete — unless the visit
    /// says it saw only part of the corpus (false: the tables stay incomplete). The caller keeps other writes out meanwhile
    /// (<see cref="DerivedViews"/> holds its write lock).
    /// </summary>
    public bool FillViews(Func<Action<ReportView>, bool> visit, int chunk, Action<int>? progress = null)
    {
        // The store's lock is held per transaction, not for the whole pass: other readers of the store (a report's checks
        // computed on the spot, the ingest read-ahead) wait for one chunk at most.
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            Run(tx, "DELETE FROM meta WHERE key = 'views'");
            ViewTables.Clear(_connection, tx);
            tx.Commit();
        }
        var pending = new List<ReportView>(chunk);
        var done = 0;
        void Flush()
        {
            lock (_gate)
            {
                using var tx = _connection.BeginTransaction();
                ViewTables.Apply(_connection, tx, [], pending);
                tx.Commit();
            }
            done += pending.Count;
            pending.Clear();
            progress?.Invoke(done);
        }
        var complete = visit(view =>
        {
            pending.Add(view);
            if (pending.Count >= chunk) Flush();
        });
        if (!complete) return false;
        if (pending.Count > 0) Flush();
        lock (_gate) WriteMeta(_connection, null, "views", ViewTables.Version);
        return true;
    }

    /// <summary>Records the view tables complete without filling them (a store started empty: they hold what the check rows hold, nothing).</summary>
    public void MarkViewsComplete()
    {
        lock (_gate) WriteMeta(_connection, null, "views", ViewTables.Version);
    }

    /// <summary>
    /// A part of the years view kept beside the tables (<c>years_parts</c>: the resolved directory, template phrases, word
    /// weights, recurrence summary — <see cref="Years.KeptYears"/>) when it was kept for exactly <paramref name="version"/>; else null.
    /// </summary>
    public byte[]? ReadPart(string part, string version)
    {
        using var connection = OpenRead();
        using var select = connection.Command(null, "SELECT data FROM years_parts WHERE part = $part AND version = $version", ("$part", part), ("$version", version));
        return select.ExecuteScalar() as byte[];
    }

    /// <summary>The names of the years view's parts kept for exactly <paramref name="version"/> (no part read).</summary>
    public HashSet<string> PartsKept(string version)
    {
        using var connection = OpenRead();
        using var select = connection.Command(null, "SELECT part FROM years_parts WHERE version = $version", ("$version", version));
        using var reader = select.ExecuteReader();
        var parts = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read()) parts.Add(reader.GetString(0));
        return parts;
    }

    /// <summary>Keeps <paramref name="data"/> as the years view's <paramref name="part"/> for <paramref name="version"/>, replacing the part kept before (one row a part).</summary>
    public void WritePart(string part, string version, byte[] data)
    {
        lock (_gate)
        {
            Run(null, "INSERT INTO years_parts(part, version, data) VALUES ($part, $version, $data) ON CONFLICT(part) DO UPDATE SET version = $version, data = $data",
                ("$part", part), ("$version", version), ("$data", data));
        }
    }

    /// <summary>Sets (or clears) the stamp alone.</summary>
    public void SetStamp(string? stamp) => Write(new DerivedChanges([], [], []), stamp);

    private void WriteChecks(SqliteTransaction tx, PackedChecks packed)
    {
        var checks = packed.Checks;
        // The result rows carry the report row's year, agency and file (their key's prefix; the UPDATE below changes none
        // of them): read once, to delete the old rows and to key the new ones. A report without a row (none is computed
        // without one) has no result rows and gets none.
        var key = ResultKey(tx, checks.ReportId);
        if (key is { } old) DeleteResults(tx, old);
        Run(tx, "DELETE FROM check_rule_results WHERE report_id = $id", ("$id", checks.ReportId));
        var statuses = string.Concat(CheckRules.All.Select(r => (char)('0' + (int)checks.StatusOf(r.Id))));
        Run(tx, "UPDATE check_reports SET previous_id = $previous, statuses = $statuses, computed = 1 WHERE report_id = $id",
            ("$id", checks.ReportId), ("$previous", checks.PreviousReportId), ("$statuses", statuses));
        using (var blob = Command(tx, "INSERT INTO check_rule_results(report_id, rule_order, first_n, results) VALUES ($id, $order, $first, $results)"))
        {
            var blobParameters = new[] { "$id", "$order", "$first", "$results" }
                .Select(name => blob.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
            foreach (var rule in packed.Blobs)
            {
                object[] values = [checks.ReportId, rule.RuleOrder, rule.FirstN, rule.Packed];
                for (var i = 0; i < values.Length; i++) blobParameters[i].Value = values[i];
                blob.ExecuteNonQuery();
            }
        }
        if (key is not { } row) return;
        using var insert = Command(tx, """
            INSERT INTO check_results(severity, year, sort_key, rule_order, n, score)
            VALUES ($severity, $year, $sortKey, $order, $n, $score)
            """);
        var parameters = new[] { "$severity", "$year", "$sortKey", "$order", "$n", "$score" }
            .Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        for (var n = 0; n < checks.Results.Count; n++)
        {
            var result = checks.Results[n];
            object?[] values =
            [
                CheckQuery.Severity(result.Status), row.Year, row.SortKey, CheckSql.RuleOrder(result.Rule), n, result.Score,
            ];
            for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// The key prefix of a report's result rows (year, sort key: from its <c>check_reports</c> row), or null without a row
    /// (or a key). The result table is keyed in the default order of <c>/api/checks</c> (no second copy of every row in an
    /// index), so a report's rows are found by this prefix, one range per severity.
    /// </summary>
    private (int Year, long SortKey)? ResultKey(SqliteTransaction tx, string id)
    {
        using var command = Command(tx, "SELECT year, sort_key FROM check_reports WHERE report_id = $id", ("$id", id));
        using var reader = command.ExecuteReader();
        if (!reader.Read() || reader.IsDBNull(1)) return null;
        return (reader.GetNullableInt32(0) ?? NoYear, reader.GetInt64(1));
    }

    /// <summary>Every severity a result row can have (<see cref="CheckQuery.Severity"/> of each status), as an SQL list.</summary>
    private static readonly string Severities = string.Join(", ", Enum.GetValues<CheckStatus>().Select(CheckQuery.Severity).Distinct());

    /// <summary>Deletes a report's result rows (found by <see cref="ResultKey"/>; call before its row changes or goes).</summary>
    private void DeleteResults(SqliteTransaction tx, string id)
    {
        if (ResultKey(tx, id) is { } key) DeleteResults(tx, key);
    }

    /// <summary>Deletes a report's result rows, whose key prefix <paramref name="key"/> is (<see cref="ResultKey"/>).</summary>
    private void DeleteResults(SqliteTransaction tx, (int Year, long SortKey) key)
    {
        Run(tx, $"""
            DELETE FROM check_results
            WHERE severity IN ({Severities}) AND year = $year AND sort_key = $sortKey
            """,
            ("$year", key.Year), ("$sortKey", key.SortKey));
    }

    /// <summary>Every report of one agency key: id, year, order of arrival, and the previous report its stored results compared with.</summary>
    public IReadOnlyList<HistoryRow> OfHistoryKey(string key)
    {
        lock (_gate)
        {
            using var command = Command(null, "SELECT report_id, year, seq, previous_id, computed FROM check_reports WHERE history_key = $key", ("$key", key));
            using var reader = command.ExecuteReader();
            var rows = new List<HistoryRow>();
            while (reader.Read())
                rows.Add(new HistoryRow(reader.GetString(0), reader.GetNullableInt32(1), reader.GetInt64(2), reader.GetNullableString(3), reader.GetInt64(4) == 1));
            return rows;
        }
    }

    /// <summary>The agency key of each of <paramref name="ids"/> that has a row.</summary>
    public IReadOnlyList<string> HistoryKeysOf(IEnumerable<string> ids)
    {
        lock (_gate)
        {
            var keys = new List<string>();
            foreach (var id in ids)
            {
                using var command = Command(null, "SELECT history_key FROM check_reports WHERE report_id = $id", ("$id", id));
                if (command.ExecuteScalar() is string key) keys.Add(key);
            }
            return keys;
        }
    }

    /// <summary>Every report with a row, and whether its results are computed.</summary>
    public Dictionary<string, bool> ReportIds()
    {
        lock (_gate)
        {
            using var command = Command(null, "SELECT report_id, computed FROM check_reports");
            using var reader = command.ExecuteReader();
            var ids = new Dictionary<string, bool>(StringComparer.Ordinal);
            while (reader.Read()) ids[reader.GetString(0)] = reader.GetInt64(1) == 1;
            return ids;
        }
    }

    /// <summary>A connection for reading (its own: reads do not wait for the writer). Dispose it.</summary>
    public SqliteConnection OpenRead()
    {
        var connection = new SqliteConnection(_readConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Results as stored (<see cref="Pack"/>): the results of the rule of order <paramref name="ruleOrder"/> on one report.</summary>
    public static IReadOnlyList<CheckResult> ReadResults(byte[] packed, int ruleOrder)
    {
        var unpacked = Unpack(packed);
        var results = JsonSerializer.Deserialize<List<CheckResult>>(unpacked.Json.Span, Json)!;
        return unpacked.Slim ? [.. results.Select(r => SlimResults.Restore(r, ruleOrder))] : results;
    }

    /// <summary>The JSON array of a rule's results (<see cref="Pack"/> undone), to read one result of with <see cref="ReadResult"/>.</summary>
    public static UnpackedRule Unpack(byte[] packed)
    {
        var prefix = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(packed);
        var json = new byte[(int)(prefix & ~WholeFlag)];
        if (!System.IO.Compression.BrotliDecoder.TryDecompress(packed.AsSpan(LengthPrefix), json, out var written) || written != json.Length)
            throw new InvalidDataException("Stored check results do not unpack to their recorded length.");
        return new UnpackedRule(json, (prefix & WholeFlag) == 0);
    }

    /// <summary>Result number <paramref name="n"/> of an unpacked array (<see cref="Unpack"/>) of the rule of order <paramref name="ruleOrder"/>, reading only that element; null past the end.</summary>
    public static CheckResult? ReadResult(UnpackedRule unpacked, int n, int ruleOrder)
    {
        var reader = new Utf8JsonReader(unpacked.Json.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) throw new JsonException("Stored check results are not an array.");
        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            if (i != n)
            {
                reader.Skip();
                continue;
            }
            var result = JsonSerializer.Deserialize<CheckResult>(ref reader, Json);
            return result is not null && unpacked.Slim ? SlimResults.Restore(result, ruleOrder) : result;
        }
        return null;
    }

    /// <summary>
    /// Results as stored: the length of their JSON array, then the array Brotli-compressed (one blob per report and rule,
    /// not one a result). Version 7: the array is the slim form (<see cref="SlimResults"/>: no rule ids, no cell labels
    /// their ids give) when restoring it gives these results exactly, else the results whole, marked by the length's top bit.
    /// </summary>
    public static byte[] Pack(IReadOnlyList<CheckResult> results, int ruleOrder)
    {
        var exact = SlimResults.Restores(results, ruleOrder);
        var utf8 = JsonSerializer.SerializeToUtf8Bytes(exact ? SlimResults.Slim(results) : results, Json);
        // The JSON's length first (4 bytes, little-endian; top bit: stored whole), so that unpacking allocates exactly once.
        var output = new byte[LengthPrefix + System.IO.Compression.BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(output, (uint)utf8.Length | (exact ? 0 : WholeFlag));
        if (!System.IO.Compression.BrotliEncoder.TryCompress(utf8, output.AsSpan(LengthPrefix), out var written, Quality, 22))
            throw new InvalidOperationException("Brotli could not compress check results.");
        return output[..(LengthPrefix + written)];
    }

    private static string? ReadMeta(SqliteConnection connection, string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    private static void WriteMeta(SqliteConnection connection, SqliteTransaction? tx, string key, string value)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = $value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    private void Run(SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters) =>
        _connection.Run(tx, sql, parameters);

    private SqliteCommand Command(SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters) =>
        _connection.Command(tx, sql, parameters);

    private static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
    }

    /// <summary>
    /// Bytes the write-ahead log is cut back to after a checkpoint (SQLite's <c>journal_size_limit</c>). Without it the WAL
    /// file keeps the size of the largest write since the store was opened (a batch's view rows and check results: 19 MB at
    /// 1k reports, more than the store itself, docs/BENCHMARKS.md "Round 16 (size)").
    /// </summary>
    internal const long JournalLimitBytes = 4 << 20;

    private static void LimitJournal(SqliteConnection connection)
    {
        using var pragma = connection.CreateCommand();
        pragma.CommandText = $"PRAGMA journal_size_limit = {JournalLimitBytes.ToString(CultureInfo.InvariantCulture)};";
        pragma.ExecuteNonQuery();
    }

    /// <summary>
    /// Closes the store. A file store's pooled read connections are closed first and the log checkpointed into the file and
    /// truncated, so that closing the writer leaves no WAL behind (a pooled reader kept open left the whole last batch's log
    /// on disk after the CLI exited).
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_keepAlive is null && _connection.State == System.Data.ConnectionState.Open)
            {
                using (var reader = new SqliteConnection(_readConnectionString)) SqliteConnection.ClearPool(reader);
                try
                {
                    using var checkpoint = _connection.CreateCommand();
                    checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                    checkpoint.ExecuteNonQuery();
                }
                catch (SqliteException)
                {
                    // A reader still busy elsewhere: the log stays and the next open checkpoints it.
                }
            }
            _connection.Dispose();
            _keepAlive?.Dispose();
        }
    }
}
