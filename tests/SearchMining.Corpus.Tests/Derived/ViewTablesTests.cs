using System.Text.Json;
using Microsoft.Data.Sqlite;
using SearchMining.Corpus.Derived;
using SearchMining.Corpus.Tests.Fixtures;
using SearchMining.Corpus.Views;
using SearchMining.Corpus.Years;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Corpus.Tests.Derived;

/// <summary>
/// The corpus views' aggregate tables of the derived store (<see cref="ViewTables"/>), written at ingest, on real reports
/// with the theme model: after ingests in several batches, a delete and a replacement, themes, commitments and contacts
/// read from the tables equal what the report documents' view doc values give (nothing stale, nothing missing); a store
/// written before the tables (they are empty, no record of them) is filled in the background, and until then the views
/// read the doc values.
/// </summary>
public sealed class ViewTablesTests : IDisposable
{
    private static readonly string[] Samples =
    [
        "045_pingtan_shiyanqu_2020.txt", "039_pingtan_shiyanqu_2021.txt", "040_pingtan_shiyanqu_2022.txt",
        "037_hongze_quzhengfu_2023.txt", "038_hongze_quzhengfu_2024.txt", "002_huaian_shizhengfu_2024.txt",
    ];

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly TestCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private ReportCorpus Open() => _corpus.Open(_corpus.Options(bundled: false) with
    {
        ModelPath = Path.Combine(RepoPaths.Root, SearchMining.Mining.Themes.ThemeModelFiles.Model),
        UseClassifier = true,
    });

    private string StorePath => Path.Combine(_corpus.IndexPath, DerivedStore.FolderName, DerivedStore.FileName);

    private static string Text(object value) => JsonSerializer.Serialize(value, Json);

    private static readonly ReportSelection[] Selections =
    [
        new(null, null, null), new("洪泽", null, null), new(null, "平潭", null), new(null, null, 2022), new(null, "江苏", 2024), new("没有这个机关", null, null),
    ];

    private static readonly CommitmentFilter[] Filters =
    [
        new(null, new ReportSelection(null, null, null), null),
        new("公开", new ReportSelection(null, null, null), null),
        new("政府 信息", new ReportSelection(null, "平潭", null), null),
        new("app 公开", new ReportSelection(null, null, null), null),
        new(null, new ReportSelection("洪泽", null, 2024), null),
        new(null, new ReportSelection(null, null, null), "training"),
    ];

    /// <summary>Every view from the tables (which must be in use) equals the same view from the view doc values.</summary>
    private static void SameAsDocValues(ReportCorpus corpus)
    {
        var reports = corpus.Reports;
        corpus.Derived.ViewsAt(reports.Version).ShouldNotBeNull("the view tables match the index");
        T FromRows<T>(Func<T> read)
        {
            reports.ReadViewTables = false;
            try
            {
                return read();
            }
            finally
            {
                reports.ReadViewTables = true;
            }
        }
        foreach (var selection in Selections)
        {
            Text(reports.Themes(selection)).ShouldBe(Text(FromRows(() => reports.Themes(selection))), selection.ToString());
            foreach (var (offset, size) in new[] { (0, 1000), (1, 3), (0, 0) })
                Text(reports.Contacts(selection, offset, size)).ShouldBe(Text(FromRows(() => reports.Contacts(selection, offset, size))), selection.ToString());
        }
        YearsSameAsDocValues(corpus);
        string Items(ViewPage<ReportCommitment> p) => Text(new { p.Total, Items = p.Items.Select(c => new { c.Report, c.Agency, c.Year, c.Commitment }) });
        foreach (var filter in Filters)
        {
            foreach (var (offset, size) in new[] { (0, 1000), (2, 5), (0, 0) })
                Items(reports.Commitments(filter, offset, size)).ShouldBe(Items(FromRows(() => reports.Commitments(filter, offset, size))), filter.ToString());
        }
    }

    /// <summary>The years view (directory, recurrence summary, each agency's recurrence with statements and timeline) from the tables equals it from the view doc values.</summary>
    private static void YearsSameAsDocValues(ReportCorpus corpus)
    {
        string Years()
        {
            var years = new CorpusYears(corpus).Current();
            return Text(new
            {
                Agencies = years.Directory.Agencies,
                Summary = years.RecurrenceSummary,
                Detailed = years.RecurrenceSummary.Agencies.Select(years.WithStatements),
                Timelines = years.Directory.Agencies.Select(years.Timeline),
            });
        }
        var fromTables = Years();
        fromTables.ShouldContain("\"Recurring\":[{");
        corpus.Reports.ReadViewTables = false;
        try
        {
            Years().ShouldBe(fromTables);
        }
        finally
        {
            corpus.Reports.ReadViewTables = true;
        }
    }

    [Fact]
    public async Task Ingests_a_delete_and_a_replacement_leave_the_tables_equal_to_the_doc_values()
    {
        using var corpus = Open();
        var ids = new List<string>();
        foreach (var sample in Samples) ids.Add((await corpus.IngestAsync(TestCorpus.Upload(sample))).Indexed!.ReportId);
        var all = corpus.Reports.Themes(new ReportSelection(null, null, null));
        all.Reports.ShouldBe(Samples.Length);
        all.Classified.ShouldBeGreaterThan(0);
        corpus.Reports.Commitments(Filters[0], 0, 1000).Total.ShouldBeGreaterThan(5);
        SameAsDocValues(corpus);

        (await corpus.DeleteAsync(ids[1])).ShouldBeTrue();
        corpus.Reports.Themes(new ReportSelection(null, null, null)).Reports.ShouldBe(Samples.Length - 1);
        corpus.Reports.Commitments(Filters[0], 0, 1000).Items.ShouldNotContain(c => c.Report.Id == ids[1]);
        SameAsDocValues(corpus);

        // The same file again with other text: the report is replaced, its rows too.
        var text = File.ReadAllText(RepoPaths.SampleReport(Samples[4])) + "\n下一步，我区将加强政府信息公开培训工作。\n";
        (await corpus.IngestAsync(TestCorpus.Upload(Samples[4], text))).Indexed.ShouldNotBeNull();
        SameAsDocValues(corpus);
    }

    [Fact]
    public async Task A_store_written_before_the_tables_is_filled_in_the_background_and_read_only_then()
    {
        string before;
        using (var corpus = Open())
        {
            foreach (var sample in Samples.Take(4)) await corpus.IngestAsync(TestCorpus.Upload(sample));
            before = Text(corpus.Reports.Themes(new ReportSelection(null, null, null)));
        }
        // What a store of the previous round holds: check rows, empty view tables, no record of them.
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM view_commitments; DELETE FROM view_agencies; DELETE FROM view_reports; DELETE FROM meta WHERE key = 'views';";
            command.ExecuteNonQuery();
        }
        using (var corpus = Open())
        {
            corpus.ViewsState.State.ShouldNotBe(DerivedState.Failed);
            await corpus.Derived.WhenReady.WaitAsync(TimeSpan.FromMinutes(5));
            corpus.ViewsState.State.ShouldBe(DerivedState.Ready);
            corpus.Derived.Computed.ShouldBe(0, "the check rows matched: only the view tables are filled");
            Text(corpus.Reports.Themes(new ReportSelection(null, null, null))).ShouldBe(before);
            SameAsDocValues(corpus);
            // A write after the fill keeps them in step.
            await corpus.IngestAsync(TestCorpus.Upload(Samples[5]));
            SameAsDocValues(corpus);
        }
    }

    [Fact]
    public async Task A_store_of_the_first_tables_version_gains_the_years_rows_in_the_background()
    {
        using (var corpus = Open())
        {
            foreach (var sample in Samples.Take(5)) await corpus.IngestAsync(TestCorpus.Upload(sample));
        }
        // What a store of round 7 holds: the view tables of version 1, without the years rows.
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM view_years; UPDATE meta SET value = '1' WHERE key = 'views';";
            command.ExecuteNonQuery();
        }
        using (var corpus = Open())
        {
            await corpus.Derived.WhenReady.WaitAsync(TimeSpan.FromMinutes(5));
            corpus.ViewsState.State.ShouldBe(DerivedState.Ready);
            corpus.Derived.Computed.ShouldBe(0, "only the view tables are filled again");
            using (var read = corpus.Derived.Store.OpenRead())
                ViewTables.Years(read).Count.ShouldBe(5);
            SameAsDocValues(corpus);
        }
    }

    [Fact]
    public async Task Until_the_tables_are_filled_the_views_read_the_doc_values()
    {
        using var corpus = Open();
        foreach (var sample in Samples.Take(3)) await corpus.IngestAsync(TestCorpus.Upload(sample));
        var store = corpus.Derived.Store;
        corpus.Derived.ViewsAt(corpus.Reports.Version).ShouldNotBeNull();
        // An incomplete fill (a visit that saw part of the corpus) leaves the tables unrecorded: not read.
        store.FillViews(_ => false, 512).ShouldBeFalse();
        store.ViewsComplete.ShouldBeFalse();
        corpus.Derived.ViewsAt(corpus.Reports.Version).ShouldBeNull();
        corpus.Reports.Themes(new ReportSelection(null, "平潭", null)).Reports.ShouldBe(3);
        corpus.Derived.FillViews();
        store.ViewsComplete.ShouldBeTrue();
        SameAsDocValues(corpus);
    }
}
