using Microsoft.Data.Sqlite;
using SearchMining.Core.Checks;
using SearchMining.Core.Domain;
using SearchMining.Corpus.Checks;
using SearchMining.Corpus.Derived;
using SearchMining.Corpus.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Corpus.Tests.Derived;

/// <summary>
/// The check results stored at ingest (<see cref="DerivedStore"/>) on real reports: 淮安市洪泽区人民政府 2023 and 2024 and
/// 平潭综合实验区 2020–2022. An ingest or a delete of one year updates the agency's later year; a restart computes nothing;
/// a store of another version or behind the index is rebuilt from the stored reports; the stored rows, filtered and
/// sorted in SQL, are the rows <see cref="CheckQuery.Select"/> gives over results computed in memory.
/// </summary>
public sealed class DerivedViewsTests : IDisposable
{
    private const string Hongze2023 = "037_hongze_quzhengfu_2023.txt";
    private const string Hongze2024 = "038_hongze_quzhengfu_2024.txt";
    private static readonly string[] Pingtan = ["045_pingtan_shiyanqu_2020.txt", "039_pingtan_shiyanqu_2021.txt", "040_pingtan_shiyanqu_2022.txt"];

    private readonly TestCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private ReportCorpus Open() => _corpus.Open(_corpus.Options(bundled: false));

    private static async Task<string> Ingest(ReportCorpus corpus, string sample) =>
        (await corpus.IngestAsync(TestCorpus.Upload(sample))).Indexed!.ReportId;

    private static CheckResult CarryOver(ReportChecks checks) => checks.Results.First(r => r.Rule == "check-carry-over");

    [Fact]
    public async Task An_ingest_or_delete_of_one_year_updates_the_agencys_next_year()
    {
        using var corpus = Open();
        var checks = new CorpusChecks(corpus);
        var later = await Ingest(corpus, Hongze2024);
        var alone = checks.Of(later).ShouldNotBeNull();
        alone.PreviousReportId.ShouldBeNull();
        CarryOver(alone).Status.ShouldBe(CheckStatus.NotAssessable);

        var earlier = await Ingest(corpus, Hongze2023);
        var compared = checks.Of(later).ShouldNotBeNull();
        compared.PreviousReportId.ShouldBe(earlier);
        compared.Results.Where(r => r.Rule == "check-carry-over").ShouldAllBe(r => r.Status == CheckStatus.Pass);
        checks.Page(new CheckQuery(Agency: "洪泽"), 0, 1000).Rows.Select(r => r.Report.ReportId).Distinct().Order().ShouldBe(new[] { earlier, later }.Order());

        (await corpus.DeleteAsync(earlier)).ShouldBeTrue();
        checks.Of(earlier).ShouldBeNull();
        var after = checks.Of(later).ShouldNotBeNull();
        after.PreviousReportId.ShouldBeNull();
        CarryOver(after).Status.ShouldBe(CheckStatus.NotAssessable);
        checks.Page(new CheckQuery(Agency: "洪泽"), 0, 1000).Rows.ShouldAllBe(r => r.Report.ReportId == later);
        checks.Counts(new CheckQuery()).Single(c => c.Rule == "check-carry-over").NotAssessable.ShouldBe(1);
    }

    [Fact]
    public async Task A_restart_computes_nothing_and_a_store_of_another_version_or_behind_the_index_is_rebuilt()
    {
        Dictionary<string, ReportChecks> before;
        using (var corpus = Open())
        {
            foreach (var sample in Pingtan.Append(Hongze2023).Append(Hongze2024)) await Ingest(corpus, sample);
            corpus.Derived.Computed.ShouldBeGreaterThanOrEqualTo(5);
            var checks = new CorpusChecks(corpus);
            before = corpus.ListReports(limit: 100).Items.ToDictionary(r => r.Id, r => checks.Of(r.Id)!);
        }

        using (var corpus = Open())
        {
            var checks = new CorpusChecks(corpus);
            corpus.ViewsState.State.ShouldBe(DerivedState.Ready);
            foreach (var (id, stored) in before) Same(checks.Of(id).ShouldNotBeNull(), stored);
            corpus.Derived.Computed.ShouldBe(0);
        }

        // Another version of the store: started afresh and rebuilt from the stored reports.
        SetMeta("version", "0");
        await Rebuilt(before, expectComputed: before.Count);

        // Behind the index (a crash after the index commit, before the rows): the missing report's rows come back.
        var dropped = before.Keys.First();
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM check_results WHERE sort_key = (SELECT sort_key FROM check_reports WHERE report_id = $id); DELETE FROM check_reports WHERE report_id = $id; DELETE FROM meta WHERE key = 'stamp';";
            command.Parameters.AddWithValue("$id", dropped);
            command.ExecuteNonQuery();
        }
        await Rebuilt(before, expectComputed: 1);
    }

    private async Task Rebuilt(Dictionary<string, ReportChecks> before, int expectComputed)
    {
        using var corpus = Open();
        corpus.ViewsState.State.ShouldNotBe(DerivedState.Failed);
        await corpus.Derived.WhenReady.WaitAsync(TimeSpan.FromMinutes(5));
        corpus.ViewsState.State.ShouldBe(DerivedState.Ready);
        corpus.Derived.Computed.ShouldBe(expectComputed);
        var checks = new CorpusChecks(corpus);
        foreach (var (id, stored) in before) Same(checks.Of(id).ShouldNotBeNull(), stored);
    }

    [Fact]
    public async Task Stored_rows_filter_and_sort_as_the_query_does_over_results_in_memory()
    {
        using var corpus = Open();
        foreach (var sample in Pingtan.Append(Hongze2023).Append(Hongze2024).Append("002_huaian_shizhengfu_2024.txt")) await Ingest(corpus, sample);
        var inMemory = ChecksInMemory.Of(corpus);
        var checks = new CorpusChecks(corpus);
        CheckQuery[] queries =
        [
            new(),
            new(Sort: CheckSort.Status, Descending: true),
            new(Sort: CheckSort.Year),
            new(Sort: CheckSort.Year, Descending: true, Agency: "平潭"),
            new(Sort: CheckSort.Agency),
            new(Sort: CheckSort.Agency, Descending: true),
            new(Sort: CheckSort.Rule, Status: CheckStatus.Fail),
            new(Sort: CheckSort.Score, Descending: true, Rule: "check-problems-reuse"),
            new(Sort: CheckSort.Score, Year: 2024),
        ];
        foreach (var query in queries)
        {
            var expected = query.Select(inMemory.Where(query.Matches)).Select(r => (r.Report.ReportId, r.Result.Rule, r.Result.Status, r.Result.Evidence)).ToList();
            var page = checks.Page(query, 0, 10_000);
            page.Total.ShouldBe(expected.Count, query.ToString());
            page.Rows.Select(r => (r.Report.ReportId, r.Result.Rule, r.Result.Status, r.Result.Evidence)).ShouldBe(expected, query.ToString());
            checks.Page(query, 3, 5).Rows.Select(r => (r.Report.ReportId, r.Result.Rule, r.Result.Status, r.Result.Evidence)).ShouldBe(expected.Skip(3).Take(5), query.ToString());
            var selected = inMemory.Where(query.Matches).ToList();
            checks.Counts(query).Select(c => (c.Rule, c.Pass, c.Fail, c.Uncertain, c.NotAssessable)).ShouldBe(CheckRules.All.Select(r => (r.Id,
                selected.Count(c => c.StatusOf(r.Id) == CheckStatus.Pass), selected.Count(c => c.StatusOf(r.Id) == CheckStatus.Fail),
                selected.Count(c => c.StatusOf(r.Id) == CheckStatus.Uncertain), selected.Count(c => c.StatusOf(r.Id) == CheckStatus.NotAssessable))), query.ToString());
        }
    }

    [Fact]
    public async Task Each_rules_rows_read_from_their_report_and_rule_blob_are_the_results_computed_in_memory()
    {
        using var corpus = Open();
        foreach (var sample in Pingtan) await Ingest(corpus, sample);
        var inMemory = ChecksInMemory.Of(corpus).ToDictionary(c => c.ReportId, c => c.Results);
        var checks = new CorpusChecks(corpus);
        // Field for field, evidence items included (their labels are left out of the stored blob where their ids give them: version 7).
        static (string, CheckStatus, double?, string, string?, string) Key(CheckResult r) =>
            (r.Rule, r.Status, r.Score, r.Evidence, r.Subject, System.Text.Json.JsonSerializer.Serialize(r.Items));
        foreach (var (id, results) in inMemory)
        {
            // A report's results come back whole, numbered in rule order.
            var order = CheckRules.All.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
            checks.Of(id).ShouldNotBeNull().Results.Select(Key).ShouldBe(results.OrderBy(r => order.GetValueOrDefault(r.Rule)).Select(Key));
        }
        foreach (var rule in CheckRules.All)
        {
            // One rule's rows (as the per-rule CSV reads them): each row's result is its element of the rule's blob.
            var rows = checks.Rows(new CheckQuery(Rule: rule.Id, Sort: CheckSort.Agency)).ToList();
            rows.Count.ShouldBe(inMemory.Values.Sum(rs => rs.Count(r => r.Rule == rule.Id)), rule.Id);
            foreach (var group in rows.GroupBy(r => r.Report.ReportId))
                group.Select(r => Key(r.Result)).Order().ShouldBe(inMemory[group.Key].Where(r => r.Rule == rule.Id).Select(Key).Order(), rule.Id);
        }
    }

    [Fact]
    public async Task Rules_that_pass_keep_no_blob_and_read_back_as_computed_now_field_for_field_also_after_the_previous_report_changes()
    {
        using var corpus = Open();
        var later = await Ingest(corpus, Hongze2024);
        foreach (var sample in Pingtan) await Ingest(corpus, sample);
        var checks = new CorpusChecks(corpus);
        var order = CheckRules.All.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        static (string, CheckStatus, double?, string, string?, string) Key(CheckResult r) =>
            (r.Rule, r.Status, r.Score, r.Evidence, r.Subject, System.Text.Json.JsonSerializer.Serialize(r.Items));

        void SameAsComputedNow(string step)
        {
            var inMemory = ChecksInMemory.Of(corpus);
            foreach (var expected in inMemory)
            {
                var stored = checks.Of(expected.ReportId).ShouldNotBeNull();
                stored.PreviousReportId.ShouldBe(expected.PreviousReportId, step);
                stored.Results.Select(Key).ShouldBe(expected.Results.OrderBy(r => order.GetValueOrDefault(r.Rule)).Select(Key), $"{step} {expected.SourceFile}");
            }
            CheckQuery[] queries =
            [
                new(), new(Status: CheckStatus.Pass), new(Sort: CheckSort.Rule), new(Sort: CheckSort.Year, Descending: true), new(Sort: CheckSort.Agency, Status: CheckStatus.Pass),
            ];
            foreach (var query in queries)
            {
                // Every row of the query, PASS and not, field for field and in the query's order.
                var expected = query.Select(inMemory.Where(query.Matches)).Select(r => (r.Report.ReportId, Key(r.Result))).ToList();
                checks.Rows(query).Select(r => (r.Report.ReportId, Key(r.Result))).ToList().ShouldBe(expected, $"{step} {query}");
                checks.Page(query, 7, 9).Rows.Select(r => (r.Report.ReportId, Key(r.Result))).ShouldBe(expected.Skip(7).Take(9), $"{step} {query}");
            }
            // Blobs only for the rules whose status on the report is not PASS.
            using var connection = new SqliteConnection($"Data Source={StorePath};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT substr(p.statuses, b.rule_order + 1, 1), COUNT(*) FROM check_rule_results b JOIN check_reports p USING (report_id) GROUP BY 1";
            using var reader = command.ExecuteReader();
            var blobs = new Dictionary<string, long>(StringComparer.Ordinal);
            while (reader.Read()) blobs[reader.GetString(0)] = reader.GetInt64(1);
            blobs.Keys.ShouldNotContain(((int)CheckStatus.Pass).ToString(System.Globalization.CultureInfo.InvariantCulture), step);
            blobs.Values.Sum().ShouldBeGreaterThan(0, step);
            inMemory.Sum(c => CheckRules.All.Count(r => c.StatusOf(r.Id) == CheckStatus.Pass)).ShouldBeGreaterThan(0, step);
        }

        SameAsComputedNow("2024 alone");
        // The year before arrives: 2024's year-over-year rules now compare with it (their stored results are computed again).
        var earlier = await Ingest(corpus, Hongze2023);
        checks.Of(later).ShouldNotBeNull().PreviousReportId.ShouldBe(earlier);
        SameAsComputedNow("after 2023");
    }

    [Fact]
    public async Task Check_counts_kept_with_the_rows_give_the_totals_and_rule_counts_of_the_rows_through_writes_deletes_and_a_backfill()
    {
        CheckQuery[] queries =
        [
            new(), new(Year: 2024), new(Year: 2021), new(Year: 1999), new(Rule: "check-problems-reuse"), new(Rule: "no-such-rule"),
            new(Status: CheckStatus.Fail), new(Status: CheckStatus.Pass, Year: 2022), new(Rule: "check-carry-over", Status: CheckStatus.Uncertain, Year: 2022),
        ];
        void SameAsTheRows(ReportCorpus corpus, string step)
        {
            var kept = new CorpusChecks(corpus);
            var counted = new CorpusChecks(corpus) { UseCounts = false };
            foreach (var query in queries)
            {
                kept.Page(query, 0, 1).Total.ShouldBe(counted.Page(query, 0, 1).Total, $"{step}: {query}");
                kept.Counts(query).ShouldBe(counted.Counts(query), $"{step}: {query}");
            }
            counted.Page(new CheckQuery(), 0, 1).Total.ShouldBeGreaterThan(0, step);
        }

        using (var corpus = Open())
        {
            // 2021 before 2020: 2021's results are computed again (their previous report changed) when 2020 arrives
            foreach (var sample in new[] { "039_pingtan_shiyanqu_2021.txt", "040_pingtan_shiyanqu_2022.txt", Hongze2024 }) await Ingest(corpus, sample);
            SameAsTheRows(corpus, "ingest");
            await Ingest(corpus, "045_pingtan_shiyanqu_2020.txt");
            SameAsTheRows(corpus, "an earlier year");
            var hongze = await Ingest(corpus, Hongze2023);
            (await corpus.DeleteAsync(hongze)).ShouldBeTrue();
            SameAsTheRows(corpus, "a delete");
        }

        // A store written before the counts (version 6 of the ninth wave): no counts, no meta — counted at its first open.
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM check_counts; DELETE FROM check_status_counts; DELETE FROM meta WHERE key = 'counts';";
            command.ExecuteNonQuery();
        }
        using (var corpus = Open())
        {
            _ = corpus.Stats;
            corpus.Derived.Store.CountsBackfilled.ShouldBeTrue();
            SameAsTheRows(corpus, "backfilled");
        }
        using (var corpus = Open())
        {
            _ = corpus.Stats;
            corpus.Derived.Store.CountsBackfilled.ShouldBeFalse(); // counted once
            SameAsTheRows(corpus, "reopened");
        }
    }

    private string StorePath => Path.Combine(_corpus.IndexPath, DerivedStore.FolderName, DerivedStore.FileName);

    private void SetMeta(string key, string value)
    {
        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE meta SET value = $value WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery().ShouldBe(1);
    }

    private static void Same(ReportChecks actual, ReportChecks expected)
    {
        actual.PreviousReportId.ShouldBe(expected.PreviousReportId);
        actual.Results.Select(r => (r.Rule, r.Status, r.Evidence, r.Score, r.Items.Count))
            .ShouldBe(expected.Results.Select(r => (r.Rule, r.Status, r.Evidence, r.Score, r.Items.Count)));
    }
}
