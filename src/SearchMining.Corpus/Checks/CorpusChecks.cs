using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SearchMining.Core.Checks;
using SearchMining.Core.Domain;
using SearchMining.Corpus.Derived;
using SearchMining.Corpus.Storage;

namespace SearchMining.Corpus.Checks;

/// <summary>
/// Every quality rule on every stored report, each report compared with the same agency's earlier report in the corpus
/// (the agency name as parsed, whitespace ignored: <see cref="Core.Comparison.AgencyNameHistory"/>). Computed at ingest
/// and kept in the derived store beside the index (<see cref="DerivedStore"/>): a view is a bounded, paged read — filter
/// and order in SQL, one page of rows, per-rule report counts — never the results of every report in memory. Totals and
/// counts are cached per query until the store changes.
/// </summary>
public sealed class CorpusChecks(ReportCorpus corpus)
{
    private const int CacheLimit = 256;

    /// <summary>(Report, rule) blobs whose unpacked results one read of rows keeps at a time.</summary>
    private const int UnpackedLimit = 64;

    /// <summary>Reports whose results one read of rows keeps computed at a time (rules without a blob: <see cref="Passed"/>).</summary>
    private const int RecomputedLimit = 16;
    private readonly ConcurrentDictionary<(long Version, string Key), object> _cache = new();

    public CheckOptions Options => corpus.Derived.Options;

    /// <summary>
    /// Whether a total or the per-rule counts without an agency filter are read from the counts kept with the rows
    /// (<see cref="CheckCounts"/>, the default) rather than counted over the rows (tests compare both; the bench times both).
    /// </summary>
    internal bool UseCounts { get; init; } = true;

    /// <summary>The results of one stored report, or null for an unknown id.</summary>
    public ReportChecks? Of(string reportId, CancellationToken cancellationToken = default)
    {
        var derived = corpus.Derived;
        using (var connection = derived.Store.OpenRead())
        {
            using var head = connection.Command(null, "SELECT source_file, agency, year, previous_id, statuses FROM check_reports WHERE report_id = $id AND computed = 1", ("$id", reportId));
            using var reader = head.ExecuteReader();
            if (reader.Read())
            {
                var report = Header(reportId, reader.GetString(0), reader.GetNullableString(1), reader.GetNullableInt32(2), reader.GetNullableString(3));
                var statuses = reader.GetString(4);
                // The rules' blobs in rule order: the results in their stored numbering.
                using var blobs = connection.Command(null, "SELECT results, rule_order FROM check_rule_results WHERE report_id = $id ORDER BY rule_order", ("$id", reportId));
                using var rules = blobs.ExecuteReader();
                var stored = new Dictionary<int, IReadOnlyList<CheckResult>>();
                while (rules.Read()) stored[rules.GetInt32(1)] = DerivedStore.ReadResults(rules.GetFieldValue<byte[]>(0), rules.GetInt32(1));
                // A rule whose status is PASS has no blob (store version 8): its results are computed again from the stored
                // report and the previous report the stored results used.
                List<CheckResult>? again = null;
                if (Enumerable.Range(0, CheckRules.All.Count).Any(order => !stored.ContainsKey(order) && Passed(statuses, order)))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    again = derived.Recompute(reportId, report.PreviousReportId);
                    if (again is null) return null; // deleted meanwhile
                }
                var results = new List<CheckResult>();
                for (var order = 0; order < CheckRules.All.Count; order++)
                {
                    if (stored.TryGetValue(order, out var kept)) results.AddRange(kept);
                    else if (again is not null && Passed(statuses, order)) results.AddRange(again.Where(r => CheckSql.RuleOrder(r.Rule) == order));
                }
                return report with { Results = results };
            }
        }
        // Not (yet) in the store — a rebuild under way: computed now, against the history the store has.
        cancellationToken.ThrowIfCancellationRequested();
        return derived.ComputeNow(reportId);
    }

    /// <summary>The matching rows from <paramref name="offset"/>, at most <paramref name="limit"/>, in the query's order; and how many match.</summary>
    public CheckPage Page(CheckQuery query, int offset, int limit)
    {
        var total = Cached(query, "total", () =>
        {
            using var connection = corpus.Derived.Store.OpenRead();
            // Without an agency the total is a sum of the counts kept with the rows, not a pass over them.
            if (query.Agency is null && UseCounts) return CheckCounts.Total(connection, query);
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM {CheckSql.ResultsWithReports} WHERE {CheckSql.ResultFilter(query, count)}";
            return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        });
        return new CheckPage(total, [.. Rows(query, offset, limit)]);
    }

    /// <summary>Every matching row in the query's order, read as it goes (for CSV).</summary>
    public IEnumerable<(ReportChecks Report, CheckResult Result)> Rows(CheckQuery query, int offset = 0, int? limit = null)
    {
        using var connection = corpus.Derived.Store.OpenRead();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT p.report_id, p.source_file, p.agency, p.year, p.previous_id, r.n, r.rule_order, p.statuses
            FROM {CheckSql.ResultsWithReports}
            WHERE {CheckSql.ResultFilter(query, command)}
            ORDER BY {CheckSql.OrderBy(query)}
            LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$limit", limit ?? -1);
        command.Parameters.AddWithValue("$offset", Math.Max(0, offset));
        using var reader = command.ExecuteReader();
        // A row's result is in its (report, rule) blob: one small read, unpacked once while the rule's rows of a report
        // follow each other, and of the unpacked array only the row's element is parsed.
        var unpacked = new Dictionary<(string, int), (int FirstN, UnpackedRule Results)>();
        // A rule whose status is PASS has no blob (store version 8): the report's results computed again, numbered as stored
        // (a report's PASS rows follow each other in every order but by rule or score, so one computation serves them).
        var recomputed = new Dictionary<string, List<CheckResult>?>(StringComparer.Ordinal);
        using var blob = connection.CreateCommand();
        blob.CommandText = "SELECT first_n, results FROM check_rule_results WHERE report_id = $id AND rule_order = $rule";
        var id = blob.Parameters.Add(new SqliteParameter { ParameterName = "$id" });
        var rule = blob.Parameters.Add(new SqliteParameter { ParameterName = "$rule" });
        while (reader.Read())
        {
            var reportId = reader.GetString(0);
            var key = (reportId, reader.GetInt32(6));
            var n = reader.GetInt32(5);
            var header = Header(reportId, reader.GetString(1), reader.GetNullableString(2), reader.GetNullableInt32(3), reader.GetNullableString(4));
            if (Passed(reader.GetString(7), key.Item2))
            {
                if (!recomputed.TryGetValue(reportId, out var again))
                {
                    if (recomputed.Count >= RecomputedLimit) recomputed.Clear();
                    recomputed[reportId] = again = corpus.Derived.Recompute(reportId, header.PreviousReportId);
                }
                // Skipped: the report's results changed while reading (the next read has them).
                if (again is null || n >= again.Count || CheckSql.RuleOrder(again[n].Rule) != key.Item2) continue;
                yield return (header, again[n]);
                continue;
            }
            if (!unpacked.TryGetValue(key, out var stored))
            {
                if (unpacked.Count >= UnpackedLimit) unpacked.Clear();
                id.Value = reportId;
                rule.Value = key.Item2;
                using var blobReader = blob.ExecuteReader();
                unpacked[key] = stored = blobReader.Read() ? (blobReader.GetInt32(0), DerivedStore.Unpack(blobReader.GetFieldValue<byte[]>(1))) : (0, new UnpackedRule("[]"u8.ToArray(), Slim: false));
            }
            // Null: the report's results changed while reading (the next read has them).
            if (DerivedStore.ReadResult(stored.Results, n - stored.FirstN, key.Item2) is not { } result) continue;
            yield return (header, result);
        }
    }

    /// <summary>Whether the rule of order <paramref name="order"/> has status PASS in a report's statuses (<c>check_reports.statuses</c>): it has no blob.</summary>
    private static bool Passed(string statuses, int order) =>
        order < statuses.Length && !PackedChecks.Stored((CheckStatus)(statuses[order] - '0'));

    /// <summary>Per rule, the statuses of the reports the query selects (agency, year; rule and status do not narrow it).</summary>
    public IReadOnlyList<RuleCount> Counts(CheckQuery query) => Cached(query with { Rule = null, Status = null, Sort = CheckSort.Status, Descending = false }, "counts", () =>
    {
        var counts = new int[CheckRules.All.Count, 4];
        void Add(string statuses, int reports)
        {
            for (var i = 0; i < Math.Min(statuses.Length, CheckRules.All.Count); i++)
            {
                var status = statuses[i] - '0';
                if (status is >= 0 and < 4) counts[i, status] += reports;
            }
        }
        using var connection = corpus.Derived.Store.OpenRead();
        if (query.Agency is null && UseCounts)
        {
            // Without an agency: the reports counted per (year, statuses) with the rows, not a pass over every report row.
            foreach (var (statuses, reports) in CheckCounts.Statuses(connection, query.Year)) Add(statuses, reports);
        }
        else
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT statuses FROM check_reports WHERE computed = 1 AND {CheckSql.ReportFilter(query, command)}";
            using var reader = command.ExecuteReader();
            while (reader.Read()) Add(reader.GetString(0), 1);
        }
        return (IReadOnlyList<RuleCount>)[.. CheckRules.All.Select((r, i) => new RuleCount(r.Id,
            counts[i, (int)CheckStatus.Pass], counts[i, (int)CheckStatus.Fail], counts[i, (int)CheckStatus.Uncertain], counts[i, (int)CheckStatus.NotAssessable]))];
    });

    private T Cached<T>(CheckQuery query, string what, Func<T> compute) where T : notnull
    {
        var version = corpus.Derived.Version;
        var key = (version, $"{what}|{query}");
        if (_cache.TryGetValue(key, out var found)) return (T)found;
        var value = compute();
        if (_cache.Count >= CacheLimit || _cache.Keys.Any(k => k.Version != version)) _cache.Clear();
        _cache[key] = value;
        return value;
    }

    private static ReportChecks Header(string id, string file, string? agency, int? year, string? previous) => new(id, file, agency, year, previous, []);

}
