using System.Text.Json;
using Microsoft.Data.Sqlite;
using SearchMining.Core.Domain;
using SearchMining.Core.Serialization;
using SearchMining.Corpus.Storage;
using SearchMining.Corpus.Views;
using SearchMining.Index.Views;
using SearchMining.Mining.Agencies;
using SearchMining.Mining.Recurrence;

namespace SearchMining.Corpus.Derived;

/// <summary>
/// The corpus views' tables in the derived store, written at ingest in the same transaction as the reports' check rows
/// (<see cref="DerivedStore.Write"/>), so that a cold view reads O(agencies) or O(page) rows, never every report:
/// <list type="bullet">
/// <item><c>view_reports</c>: per report its view row (<see cref="ReportViewRow"/> JSON), agency, region names, year, whether
/// it gives contact details, its aggregate group and the order of arrival;</item>
/// <item><c>view_agencies</c>: per (agency, province, city, county) one aggregate row — per year the reports, statements,
/// classified statements and theme counts — recomputed from <c>view_reports</c> for every group a write touches
/// (<c>/api/themes</c> adds these up);</item>
/// <item><c>view_commitments</c>: one row per commitment with the columns <c>/api/commitments</c> filters and sorts on,
/// indexed in its order (newest year first, agency, arrival), so that a page is a bounded index walk; keyed by its report's
/// <c>seq</c> (the <c>view_reports</c> row, which the report's agency and region filters read through a join; its year is
/// kept beside the commitment for the year filter) and its number, the commitment itself as its columns (<see cref="CommitmentColumns"/>: text, themes, offsets; derived-store
/// version 10 — until then each row repeated its report's id, agency, region and year and held the commitment as JSON);</item>
/// <item><c>view_years</c>: per report what the years view reads — its identity (the columns agency resolution reads) and
/// its problem digest (<see cref="ProblemDigest"/>: problem statements and their themes), so that the agency directory and
/// the recurrence summary read one narrow row a report and never a statement (version 2).</item>
/// </list>
/// </summary>
internal static class ViewTables
{
    /// <summary>Bump when these tables change shape: a store without this version's tables fills them again (<see cref="DerivedStore.ViewsComplete"/>).</summary>
    public const string Version = "2";

    public const string Schema = """
        CREATE TABLE IF NOT EXISTS view_reports (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            report_id TEXT NOT NULL UNIQUE,
            group_key TEXT NOT NULL,
            agency TEXT,
            province TEXT,
            city TEXT,
            county TEXT,
            year INTEGER,
            has_contact INTEGER NOT NULL,
            row TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS view_reports_group ON view_reports(group_key);
        CREATE INDEX IF NOT EXISTS view_reports_contacts ON view_reports(agency, year DESC, seq) WHERE has_contact = 1;
        CREATE TABLE IF NOT EXISTS view_agencies (
            group_key TEXT PRIMARY KEY,
            agency TEXT,
            province TEXT,
            city TEXT,
            county TEXT,
            tally TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS view_commitments (
            seq INTEGER NOT NULL,
            n INTEGER NOT NULL,
            agency TEXT,
            year INTEGER,
            report_year INTEGER,
            text TEXT NOT NULL,
            themes TEXT NOT NULL,
            own INTEGER NOT NULL,
            start_at INTEGER NOT NULL,
            end_at INTEGER NOT NULL,
            section INTEGER NOT NULL,
            source_start INTEGER NOT NULL,
            source_end INTEGER NOT NULL,
            whole TEXT,
            PRIMARY KEY (seq, n)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS view_commitments_order ON view_commitments(year DESC, agency, seq, n);
        CREATE TABLE IF NOT EXISTS view_years (
            report_id TEXT PRIMARY KEY,
            source_file TEXT NOT NULL,
            agency TEXT,
            agency_as_written TEXT,
            province TEXT,
            city TEXT,
            county TEXT,
            level INTEGER NOT NULL,
            year INTEGER,
            problems INTEGER NOT NULL,
            problem_themes TEXT NOT NULL) WITHOUT ROWID;
        """;

    private static readonly JsonSerializerOptions Json = ReportJson.CreateOptions(indented: false);

    /// <summary>The name of the case-insensitive (ordinal) substring function the commitments query registers on its connection.</summary>
    private const string ContainsFunction = "ci_contains";

    /// <summary>Drops the rows of <paramref name="removed"/>, (re)places <paramref name="added"/>, and recomputes every agency group either touched.</summary>
    public static void Apply(SqliteConnection connection, SqliteTransaction tx, IEnumerable<string> removed, IEnumerable<ReportView> added)
    {
        var groups = new HashSet<string>(StringComparer.Ordinal);
        var views = added.ToList();
        foreach (var id in removed.Concat(views.Select(v => v.Row.Id)))
        {
            using (var find = connection.Command(tx, "SELECT group_key FROM view_reports WHERE report_id = $id", ("$id", id)))
            {
                if (find.ExecuteScalar() is string key) groups.Add(key);
            }
            connection.Run(tx, "DELETE FROM view_commitments WHERE seq = (SELECT seq FROM view_reports WHERE report_id = $id)", ("$id", id));
            connection.Run(tx, "DELETE FROM view_years WHERE report_id = $id", ("$id", id));
            connection.Run(tx, "DELETE FROM view_reports WHERE report_id = $id", ("$id", id));
        }
        foreach (var view in views)
        {
            var row = view.Row;
            var group = GroupKey(row);
            groups.Add(group);
            using (var insert = connection.Command(tx, """
                INSERT INTO view_reports(report_id, group_key, agency, province, city, county, year, has_contact, row)
                VALUES ($id, $group, $agency, $province, $city, $county, $year, $contact, $row) RETURNING seq
                """,
                ("$id", row.Id), ("$group", group), ("$agency", row.Agency), ("$province", row.Region.Province), ("$city", row.Region.City),
                ("$county", row.Region.County), ("$year", row.Year), ("$contact", row.Contact is null ? 0 : 1), ("$row", JsonSerializer.Serialize(row, Json))))
            {
                var seq = Convert.ToInt64(insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                WriteCommitments(connection, tx, row, seq, view.Commitments);
            }
            connection.Run(tx, """
                INSERT INTO view_years(report_id, source_file, agency, agency_as_written, province, city, county, level, year, problems, problem_themes)
                VALUES ($id, $file, $agency, $written, $province, $city, $county, $level, $year, $problems, $themes)
                """,
                ("$id", row.Id), ("$file", row.SourceFile), ("$agency", row.Agency), ("$written", row.AgencyAsWritten), ("$province", row.Region.Province),
                ("$city", row.Region.City), ("$county", row.Region.County), ("$level", (int)row.Level), ("$year", row.Year),
                ("$problems", view.Problems.Problems), ("$themes", string.Join(',', view.Problems.Themes)));
        }
        foreach (var group in groups) Recompute(connection, tx, group);
    }

    /// <summary>Empties the view tables (before they are filled again from the index).</summary>
    public static void Clear(SqliteConnection connection, SqliteTransaction tx)
    {
        connection.Run(tx, "DELETE FROM view_commitments");
        connection.Run(tx, "DELETE FROM view_agencies");
        connection.Run(tx, "DELETE FROM view_reports");
        connection.Run(tx, "DELETE FROM view_years");
    }

    /// <summary>
    /// Every report's identity and problem digest (<c>view_years</c>), in the order the corpus lists reports (newest year
    /// first, then id: agency resolution joins names in the order it meets them).
    /// </summary>
    public static IReadOnlyList<YearsRow> Years(SqliteConnection connection)
    {
        var rows = new List<YearsRow>();
        using var select = connection.Command(null, """
            SELECT report_id, source_file, agency, agency_as_written, province, city, county, level, year, problems, problem_themes
            FROM view_years ORDER BY COALESCE(year, 0) DESC, report_id
            """);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var identity = new AgencyReport(reader.GetString(0), reader.GetString(1), reader.GetNullableString(2), reader.GetNullableString(3),
                new RegionInfo(reader.GetNullableString(4), reader.GetNullableString(5), reader.GetNullableString(6)),
                (AdministrativeLevel)reader.GetInt32(7), reader.IsDBNull(8) ? null : reader.GetInt32(8));
            var themes = reader.GetString(10);
            rows.Add(new YearsRow(identity, new ProblemDigest(reader.GetInt32(9), themes.Length == 0 ? [] : themes.Split(','))));
        }
        return rows;
    }

    private static void WriteCommitments(SqliteConnection connection, SqliteTransaction tx, ReportViewRow row, long seq, IReadOnlyList<Commitment> commitments)
    {
        if (commitments.Count == 0) return;
        using var insert = connection.Command(tx, """
            INSERT INTO view_commitments(seq, n, agency, year, report_year, text, themes, own, start_at, end_at, section, source_start, source_end, whole)
            VALUES ($seq, $n, $agency, $year, $reportYear, $text, $themes, $own, $start, $end, $section, $sourceStart, $sourceEnd, $whole)
            """);
        var names = new[] { "$seq", "$n", "$agency", "$year", "$reportYear", "$text", "$themes", "$own", "$start", "$end", "$section", "$sourceStart", "$sourceEnd", "$whole" };
        var parameters = names.Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        for (var n = 0; n < commitments.Count; n++)
        {
            var c = commitments[n];
            var columns = CommitmentColumns.Of(c, row);
            object?[] values =
            [
                seq, n, columns.Agency, columns.Year, row.Year, c.Text, ThemesKey(c.Themes), columns.Own,
                c.Start, c.End, c.SectionOrdinal, c.SourceStart, c.SourceEnd, columns.Whole,
            ];
            for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>The aggregate row of one group, from its reports' rows (or no row when it has none left).</summary>
    private static void Recompute(SqliteConnection connection, SqliteTransaction tx, string group)
    {
        var years = new SortedDictionary<int, AgencyYearTally>();
        AgencyYearTally? noYear = null;
        ReportViewRow? any = null;
        using (var select = connection.Command(tx, "SELECT row FROM view_reports WHERE group_key = $group", ("$group", group)))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                var row = JsonSerializer.Deserialize<ReportViewRow>(reader.GetString(0), Json)!;
                any ??= row;
                var bucket = row.Year is { } y ? years.GetValueOrDefault(y) : noYear;
                bucket ??= new AgencyYearTally(row.Year, 0, 0, 0, new Dictionary<string, int>(StringComparer.Ordinal));
                foreach (var (theme, count) in row.ThemeCounts) bucket.Counts[theme] = bucket.Counts.GetValueOrDefault(theme) + count;
                bucket = bucket with { Reports = bucket.Reports + 1, Statements = bucket.Statements + row.Statements, Classified = bucket.Classified + row.Classified };
                if (row.Year is { } year) years[year] = bucket;
                else noYear = bucket;
            }
        }
        if (any is null)
        {
            connection.Run(tx, "DELETE FROM view_agencies WHERE group_key = $group", ("$group", group));
            return;
        }
        List<AgencyYearTally> tally = [.. years.Values];
        if (noYear is not null) tally.Add(noYear);
        connection.Run(tx, """
            INSERT INTO view_agencies(group_key, agency, province, city, county, tally) VALUES ($group, $agency, $province, $city, $county, $tally)
            ON CONFLICT(group_key) DO UPDATE SET tally = $tally
            """,
            ("$group", group), ("$agency", any.Agency), ("$province", any.Region.Province), ("$city", any.Region.City), ("$county", any.Region.County),
            ("$tally", JsonSerializer.Serialize(tally, Json)));
    }

    /// <summary>Theme counts over the selection, added up from the agency aggregate rows (one row per agency and region, not per report).</summary>
    public static ThemeTally Themes(SqliteConnection connection, ReportSelection selection)
    {
        var (where, parameters) = Selection(selection, "agency", null, "");
        var builder = new ThemeTally.Builder();
        using var select = connection.Command(null, $"SELECT agency, tally FROM view_agencies WHERE {where}", parameters);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var agency = reader.GetNullableString(0);
            foreach (var bucket in JsonSerializer.Deserialize<List<AgencyYearTally>>(reader.GetString(1), Json)!)
            {
                if (selection.Year is { } year && bucket.Year != year) continue;
                builder.Add(agency, bucket.Year, bucket.Reports, bucket.Statements, bucket.Classified, bucket.Counts);
            }
        }
        return builder.Build();
    }

    /// <summary>One page of the commitments <paramref name="filter"/> selects, in <see cref="ReportCommitment.Order"/> (ties in order of arrival), and the exact total.</summary>
    public static ViewPage<ReportCommitment> Commitments(SqliteConnection connection, CommitmentFilter filter, int offset, int size)
    {
        connection.CreateFunction(ContainsFunction, (string? text, string word) => text?.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false, isDeterministic: true);
        // The report's agency and region are its view_reports row's (seq is the row's key); its year is on the commitment's
        // row too (report_year: a year filter reads no report row). The page walks the commitments' order and joins each to
        // its report row; the count finds the selected reports' seqs first (a join there made SQLite walk every commitment
        // and look its report up: 4 times the cost at 10k, docs/BENCHMARKS.md "Round 19 (size)").
        var (selected, selectedParameters) = Selection(filter.Selection with { Year = null }, "r.agency", null, "r.");
        var bySelection = selectedParameters.Length > 0;
        var where = "1 = 1";
        (string, object?)[] parameters = [];
        if (filter.Selection.Year is { } year)
        {
            where += " AND c.report_year = $year";
            parameters = [("$year", year)];
        }
        var words = filter.Words;
        for (var i = 0; i < words.Length; i++)
        {
            // A word without case (Chinese) matches ignoring case exactly when it matches as it is: SQLite's own instr, no call into .NET a row.
            var caseless = words[i] == words[i].ToUpperInvariant() && words[i] == words[i].ToLowerInvariant();
            where += caseless ? $" AND instr(c.text, $w{i}) > 0" : $" AND {ContainsFunction}(c.text, $w{i})";
            parameters = [.. parameters, ($"$w{i}", words[i])];
        }
        if (!string.IsNullOrWhiteSpace(filter.Theme))
        {
            where += " AND instr(c.themes, $theme) > 0";
            parameters = [.. parameters, ("$theme", ThemesKey([filter.Theme]))];
        }
        int total;
        var countWhere = bySelection ? $"{where} AND c.seq IN (SELECT r.seq FROM view_reports r WHERE {selected})" : where;
        parameters = [.. selectedParameters, .. parameters];
        using (var count = connection.Command(null, $"SELECT COUNT(*) FROM view_commitments c WHERE {countWhere}", parameters))
            total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        var items = new List<ReportCommitment>();
        if (size > 0 && total > offset)
        {
            using var page = connection.Command(null, $"""
                SELECT r.row, r.report_id, c.agency, c.year, c.text, c.themes, c.own, c.start_at, c.end_at, c.section, c.source_start, c.source_end, c.whole
                FROM view_commitments c JOIN view_reports r ON r.seq = c.seq
                WHERE {where} AND {selected}
                ORDER BY c.year DESC, c.agency, c.seq, c.n LIMIT $size OFFSET $offset
                """, [.. parameters, ("$size", size), ("$offset", offset)]);
            using var reader = page.ExecuteReader();
            var rows = new Dictionary<string, ReportViewRow>(StringComparer.Ordinal);
            while (reader.Read())
            {
                var commitment = CommitmentColumns.Read(reader, 1);
                var text = reader.GetString(0);
                if (!rows.TryGetValue(text, out var row)) rows[text] = row = JsonSerializer.Deserialize<ReportViewRow>(text, Json)!;
                items.Add(new ReportCommitment(row, commitment));
            }
        }
        return new ViewPage<ReportCommitment>(total, items);
    }

    /// <summary>One page of the reports of the selection that give contact details, by agency (ordinal), newest year first, then arrival.</summary>
    public static ViewPage<ReportViewRow> Contacts(SqliteConnection connection, ReportSelection selection, int offset, int size)
    {
        var (where, parameters) = Selection(selection, "agency", "year", "");
        where += " AND has_contact = 1";
        int total;
        using (var count = connection.Command(null, $"SELECT COUNT(*) FROM view_reports WHERE {where}", parameters))
            total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        var items = new List<ReportViewRow>();
        if (size > 0 && total > offset)
        {
            using var page = connection.Command(null, $"SELECT row FROM view_reports WHERE {where} ORDER BY agency, year DESC, seq LIMIT $size OFFSET $offset",
                [.. parameters, ("$size", size), ("$offset", offset)]);
            using var reader = page.ExecuteReader();
            while (reader.Read()) items.Add(JsonSerializer.Deserialize<ReportViewRow>(reader.GetString(0), Json)!);
        }
        return new ViewPage<ReportViewRow>(total, items);
    }

    /// <summary>
    /// The SQL of <see cref="ReportSelection"/>: agency and region contain the text (ordinal: <c>instr</c>), year exactly
    /// (when <paramref name="yearColumn"/> is given; the aggregate rows filter their year buckets instead).
    /// </summary>
    private static (string Where, (string, object?)[] Parameters) Selection(ReportSelection selection, string agencyColumn, string? yearColumn, string regionTable)
    {
        var where = "1 = 1";
        var parameters = new List<(string, object?)>();
        if (!string.IsNullOrWhiteSpace(selection.Agency))
        {
            where += $" AND instr({agencyColumn}, $agency) > 0";
            parameters.Add(("$agency", selection.Agency.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(selection.Region))
        {
            where += $" AND (instr({regionTable}province, $region) > 0 OR instr({regionTable}city, $region) > 0 OR instr({regionTable}county, $region) > 0)";
            parameters.Add(("$region", selection.Region.Trim()));
        }
        if (yearColumn is not null && selection.Year is { } year)
        {
            where += $" AND {yearColumn} = $year";
            parameters.Add(("$year", year));
        }
        return (where, [.. parameters]);
    }

    /// <summary>Which reports add up into one aggregate row: the agency as completed and the region's names.</summary>
    private static string GroupKey(ReportViewRow row) =>
        string.Join('\u001f', row.Agency ?? "\u0000", row.Region.Province, row.Region.City, row.Region.County);

    /// <summary>Theme ids between bars (<c>|a|b|</c>), so that a theme is matched whole with <c>instr</c> (<see cref="CommitmentColumns.Themes"/> reads it back).</summary>
    internal static string ThemesKey(IEnumerable<string> themes) => "|" + string.Concat(themes.Select(t => t + "|"));
}
