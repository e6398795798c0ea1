using Microsoft.Data.Sqlite;
using SearchMining.Core.Checks;
using SearchMining.Core.Domain;
using SearchMining.Corpus.Checks;
using SearchMining.Corpus.Derived;
using SearchMining.Corpus.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Corpus.Tests.Derived;

/// <summary>
/// The result rows keyed by their report's sort key (<see cref="SortKeys"/>, store version 9) on real reports
/// (平潭综合实验区 2020–2022, 淮安市洪泽区人民政府 2023): a report arriving between two reports whose keys leave no room
/// numbers every report again and moves its rows, and the rows still filter, sort and count as the query does over the
/// results computed in memory.
/// </summary>
public sealed class SortKeysTests : IDisposable
{
    private const string Pingtan2020 = "045_pingtan_shiyanqu_2020.txt";
    private const string Pingtan2021 = "039_pingtan_shiyanqu_2021.txt";
    private const string Pingtan2022 = "040_pingtan_shiyanqu_2022.txt";
    private const string Hongze2023 = "037_hongze_quzhengfu_2023.txt";

    private readonly TestCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private ReportCorpus Open() => _corpus.Open(_corpus.Options(bundled: false));

    private string StorePath => Path.Combine(_corpus.IndexPath, DerivedStore.FolderName, DerivedStore.FileName);

    [Fact]
    public async Task A_report_between_two_adjacent_keys_numbers_every_report_again_and_the_rows_follow()
    {
        // 039 and 045 (the same agency): adjacent in the order, 040's file between theirs.
        using (var corpus = Open())
        {
            await corpus.IngestAsync(TestCorpus.Upload(Pingtan2021));
            await corpus.IngestAsync(TestCorpus.Upload(Pingtan2020));
        }
        // Their keys squeezed to 1 and 2 (rows moved with them): no key between.
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var tx = connection.BeginTransaction();
            SortKeys.Renumber(connection, tx, step: 1);
            tx.Commit();
            Keys(connection).Values.Order().ShouldBe([1L, 2L]);
        }
        using (var corpus = Open())
        {
            _ = corpus.Stats;
            corpus.Derived.Computed.ShouldBe(0); // the store still matches the index
            await corpus.IngestAsync(TestCorpus.Upload(Pingtan2022));
            await corpus.IngestAsync(TestCorpus.Upload(Hongze2023));
            using (var connection = new SqliteConnection($"Data Source={StorePath};Mode=ReadOnly;Pooling=False"))
            {
                connection.Open();
                var keys = Keys(connection);
                keys.Count.ShouldBe(4);
                // Numbered again: the two squeezed reports are a step apart, 040 between them.
                var squeezed = keys.Where(k => k.Key is Pingtan2020 or Pingtan2021).Select(k => k.Value).Order().ToList();
                squeezed.ShouldAllBe(k => k % SortKeys.Step == 0);
                (squeezed[1] - squeezed[0]).ShouldBe(SortKeys.Step);
                keys[Pingtan2022].ShouldBeGreaterThan(keys[Pingtan2021]);
                keys[Pingtan2022].ShouldBeLessThan(keys[Pingtan2020]);
            }
            SameAsInMemory(corpus);
        }
    }

    [Fact]
    public async Task A_store_of_version_8_with_rows_keyed_by_agency_file_and_id_is_deleted_and_rebuilt()
    {
        using (var corpus = Open())
        {
            await corpus.IngestAsync(TestCorpus.Upload(Pingtan2021));
            await corpus.IngestAsync(TestCorpus.Upload(Hongze2023));
        }
        // The tables as version 8 left them: no sort key, the rows keyed by the texts.
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                DROP INDEX check_reports_sort_key;
                DROP INDEX check_reports_order;
                ALTER TABLE check_reports DROP COLUMN sort_key;
                DROP TABLE check_results;
                CREATE TABLE check_results (
                    severity INTEGER NOT NULL, year INTEGER NOT NULL, agency_sort TEXT NOT NULL, source_file TEXT NOT NULL,
                    rule_order INTEGER NOT NULL, report_id TEXT NOT NULL, n INTEGER NOT NULL, score REAL,
                    PRIMARY KEY (severity DESC, year DESC, agency_sort, source_file, rule_order, report_id, n)) WITHOUT ROWID;
                UPDATE meta SET value = '8' WHERE key = 'version';
                """;
            command.ExecuteNonQuery();
        }
        using (var corpus = Open())
        {
            corpus.ViewsState.State.ShouldNotBe(DerivedState.Failed);
            corpus.Derived.Store.Recreated.ShouldBeTrue();
            corpus.Derived.Store.Path.ShouldBe(StorePath); // on disk again, not kept in memory for want of opening it
            await corpus.Derived.WhenReady.WaitAsync(TimeSpan.FromMinutes(5));
            corpus.ViewsState.State.ShouldBe(DerivedState.Ready);
            SameAsInMemory(corpus);
        }
    }

    /// <summary>Every report's sort key by its file.</summary>
    private static Dictionary<string, long> Keys(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT source_file, sort_key FROM check_reports";
        using var reader = command.ExecuteReader();
        var keys = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read()) keys[reader.GetString(0)] = reader.GetInt64(1);
        return keys;
    }

    private static void SameAsInMemory(ReportCorpus corpus)
    {
        var inMemory = ChecksInMemory.Of(corpus);
        CheckQuery[] queries =
        [
            new(),
            new(Sort: CheckSort.Agency, Descending: true),
            new(Sort: CheckSort.Year, Agency: "平潭"),
            new(Sort: CheckSort.Score, Descending: true, Status: CheckStatus.Pass),
        ];
        foreach (var useCounts in new[] { true, false })
        {
            var checks = new CorpusChecks(corpus) { UseCounts = useCounts };
            foreach (var query in queries)
            {
                var expected = query.Select(inMemory.Where(query.Matches)).Select(r => (r.Report.ReportId, r.Result.Rule, r.Result.Status, r.Result.Evidence)).ToList();
                expected.ShouldNotBeEmpty(query.ToString());
                var page = checks.Page(query, 0, 10_000);
                page.Total.ShouldBe(expected.Count, query.ToString());
                page.Rows.Select(r => (r.Report.ReportId, r.Result.Rule, r.Result.Status, r.Result.Evidence)).ShouldBe(expected, query.ToString());
            }
        }
    }
}
