using System.Text;
using SearchMining.Core.Domain;
using SearchMining.Corpus.Ingestion;
using SearchMining.Corpus.Storage;
using SearchMining.Corpus.Tests.Fixtures;
using SearchMining.Index.Schema;
using SearchMining.Index.Storage;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Corpus.Tests;

/// <summary>The corpus keeps every original and can rebuild its index from them; in process, on real report files.</summary>
public sealed class CorpusLifecycleTests : IDisposable
{
    private const string Hongze2023 = "037_hongze_quzhengfu_2023.txt";
    private const string Hongze2024 = "038_hongze_quzhengfu_2024.txt";
    private const string Sanya2015 = "022_sanya_haitangqu_2015.txt";
    private readonly TestCorpus _corpus = new(Hongze2023, Hongze2024);

    public void Dispose() => _corpus.Dispose();

    private static string EditedCopy() => File.ReadAllText(RepoPaths.SampleReport(Hongze2023)) + "\n（本报告由测试上传）\n";

    private static async Task<List<string>> UploadTwoAsync(ReportCorpus corpus)
    {
        var first = await corpus.IngestAsync(TestCorpus.Upload(Sanya2015) with { SourceUrl = "https://www.sanya.gov.cn/nb2015" });
        var second = await corpus.IngestAsync(TestCorpus.Upload(Hongze2023, EditedCopy(), "hongze-copy.txt"));
        return [first.Indexed!.ReportId, second.Indexed!.ReportId];
    }

    private static IReadOnlySet<string> Ids(ReportCorpus corpus) => corpus.Index.ReportIds();

    [Fact]
    public async Task An_upload_keeps_its_original_and_a_delete_removes_report_and_original_together()
    {
        using var corpus = _corpus.Open(_corpus.Options(bundled: false));
        var upload = TestCorpus.Upload(Sanya2015) with { SourceUrl = "https://www.sanya.gov.cn/nb2015" };
        var result = await corpus.IngestAsync(upload);
        var id = result.Indexed!.ReportId;

        var kept = corpus.Originals!.List().ShouldHaveSingleItem();
        (kept.ReportId, kept.FileName, kept.Origin, kept.SourceUrl).ShouldBe((id, Sanya2015, OriginalOrigin.Upload, "https://www.sanya.gov.cn/nb2015"));
        corpus.Originals.ReadContent(kept.Sequence).ShouldBe(upload.Content);

        (await corpus.DeleteAsync(id)).ShouldBeTrue();
        corpus.GetReport(id).ShouldBeNull();
        corpus.Originals.List().ShouldBeEmpty();
        corpus.Originals.StateOf(upload.Sha256).ShouldBe(OriginalState.Removed);
        (await corpus.DeleteAsync(id)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_file_that_is_not_a_report_is_refused_and_nothing_is_kept_unless_forced()
    {
        using var corpus = _corpus.Open(_corpus.Options(bundled: false));
        var readme = new OriginalFile(await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Root, "README.md")), "README.md", "text/markdown", OriginalOrigin.Upload);

        var refused = await corpus.IngestAsync(readme);
        refused.Error!.Kind.ShouldBe(ParseErrorKind.NotAReport);
        corpus.Originals!.List().ShouldBeEmpty();
        corpus.Stats.Reports.ShouldBe(0);

        var forced = await corpus.IngestAsync(readme with { Forced = true });
        forced.Indexed!.Outcome.ShouldBe(IngestOutcome.Added);
        corpus.Originals.List().Single().Forced.ShouldBeTrue();
    }

    [Fact]
    public async Task A_schema_bump_rebuilds_the_index_from_every_kept_original_uploads_included()
    {
        List<string> uploaded;
        IReadOnlySet<string> before;
        using (var corpus = _corpus.Open())
        {
            await corpus.Startup.RunAsync(CancellationToken.None);
            uploaded = await UploadTwoAsync(corpus);
            before = Ids(corpus);
        }
        before.Count.ShouldBe(4);
        IndexStamp.Set(_corpus.IndexPath, IndexSchema.VersionKey, (IndexSchema.Version - 1).ToString()); // written by the previous version

        using var reopened = _corpus.Open();
        reopened.Stats.Reports.ShouldBe(0); // wiped: another schema
        await reopened.Startup.RunAsync(CancellationToken.None);

        Ids(reopened).ShouldBe(before, ignoreOrder: true);
        reopened.Startup.Progress.Current.State.ShouldBe(IngestionState.Completed);
        reopened.Startup.Progress.Current.Reason!.ShouldContain("4 kept originals are not in the index");
        reopened.GetReport(uploaded[1])!.SourceText.ShouldContain("本报告由测试上传");
        reopened.Originals!.List().Single(o => o.ReportId == uploaded[0]).SourceUrl.ShouldBe("https://www.sanya.gov.cn/nb2015");
    }

    [Fact]
    public async Task A_dictionary_or_model_change_re_ingests_everything_ever_ingested()
    {
        var model = _corpus.File("model.zip");
        await File.WriteAllTextAsync(model, "model A");
        var options = _corpus.Options(bundled: false) with { UseClassifier = true, ModelPath = model };
        IReadOnlySet<string> before;
        using (var corpus = _corpus.Open(options))
        {
            await UploadTwoAsync(corpus);
            before = Ids(corpus);
        }
        var key = IndexStamp.Read(_corpus.IndexPath)[IndexSchema.ContentKeyKey];
        key.ShouldContain("/model:");
        key.ShouldNotContain("model:none");

        await File.WriteAllTextAsync(model, "model B"); // a retrained model
        using (var corpus = _corpus.Open(options))
        {
            corpus.Stats.Reports.ShouldBe(0);
            (await corpus.RestoreMissingAsync())!.Files.ShouldBe(2);
            Ids(corpus).ShouldBe(before, ignoreOrder: true);
        }

        IndexStamp.Set(_corpus.IndexPath, IndexSchema.ContentKeyKey, key.Replace("/dict:", "/dict:0ld", StringComparison.Ordinal)); // another dictionary
        using (var corpus = _corpus.Open(options))
        {
            corpus.Stats.Reports.ShouldBe(0);
            await corpus.RestoreMissingAsync();
            Ids(corpus).ShouldBe(before, ignoreOrder: true);
        }
    }

    [Fact]
    public async Task Rebuild_wipes_the_index_and_restores_it_from_the_kept_originals()
    {
        IReadOnlySet<string> before;
        using (var corpus = _corpus.Open())
        {
            await corpus.Startup.RunAsync(CancellationToken.None);
            await UploadTwoAsync(corpus);
            before = Ids(corpus);
        }
        using var rebuilt = _corpus.Open(_corpus.Options() with { Rebuild = true });
        rebuilt.Stats.Reports.ShouldBe(0);
        var restored = await rebuilt.RestoreMissingAsync();
        restored!.Added.ShouldBe(before.Count);
        Ids(rebuilt).ShouldBe(before, ignoreOrder: true);
        rebuilt.Originals!.Count().Kept.ShouldBe(before.Count);
    }

    [Fact]
    public async Task An_index_from_before_the_store_has_its_report_texts_kept_before_it_is_rebuilt()
    {
        List<string> ids;
        using (var old = ReportIndex.Open(new ReportIndexOptions(_corpus.IndexPath, SharedSegmenter.Analyzers())))
        {
            var summary = await new ReportIngestor(old, new Core.Ingestion.ReportFileReader()).IngestFilesAsync([RepoPaths.SampleReport(Sanya2015), RepoPaths.SampleReport(Hongze2024)]);
            ids = summary.Results.Select(r => r.ReportId).ToList();
        }

        using var corpus = _corpus.Open(_corpus.Options(bundled: false));
        corpus.Stats.Reports.ShouldBe(0); // no content key recorded: rebuilt
        corpus.Originals!.List().Select(o => (o.ReportId, o.Origin)).ShouldBe(ids.Select(id => (id, OriginalOrigin.Recovered)), ignoreOrder: true);
        await corpus.RestoreMissingAsync();
        Ids(corpus).ShouldBe(ids, ignoreOrder: true);
        corpus.GetReport(ids[0])!.SourceFile.ShouldBe(Sanya2015);
    }

    [Fact]
    public async Task Originals_kept_but_never_committed_to_the_index_are_ingested_on_the_next_start()
    {
        using (var corpus = _corpus.Open(_corpus.Options(bundled: false)))
        {
            await corpus.IngestAsync(TestCorpus.Upload(Sanya2015));
            // what a crash between keeping the original and committing the index leaves behind
            corpus.Originals!.Add(TestCorpus.Upload(Hongze2024), "id-the-parser-will-give");
        }
        using var restarted = _corpus.Open(_corpus.Options(bundled: false));
        restarted.Stats.Reports.ShouldBe(1);
        await restarted.Startup.RunAsync(CancellationToken.None);

        restarted.Stats.Reports.ShouldBe(2);
        restarted.Startup.Progress.Current.Reason!.ShouldContain("an interrupted ingestion");
        restarted.Originals!.List().Select(o => o.ReportId).ShouldBe(Ids(restarted), ignoreOrder: true); // report ids corrected
    }

    [Fact]
    public async Task Removals_a_crash_interrupted_are_settled_by_what_the_index_committed()
    {
        string kept, deleted;
        using (var corpus = _corpus.Open())
        {
            await corpus.Startup.RunAsync(CancellationToken.None);
            var ids = corpus.ListReports().Items.Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
            (kept, deleted) = (ids[0], ids[1]);
            // crash after marking both for removal: only the second delete reached the index
            corpus.Originals!.MarkPendingRemoval([kept, deleted], "deleted");
            await corpus.Index.DeleteAsync(deleted);
            await corpus.Index.CommitAsync();
        }
        using var restarted = _corpus.Open();
        await restarted.Startup.RunAsync(CancellationToken.None);

        Ids(restarted).ShouldBe([kept]);
        restarted.Originals!.List().ShouldHaveSingleItem().ReportId.ShouldBe(kept);
        restarted.Originals.List().Single().PendingRemoval.ShouldBeNull();
        restarted.Originals.WasRemoved(deleted).ShouldBeTrue();
        restarted.Startup.Progress.Current.State.ShouldBe(IngestionState.Idle); // the deleted bundled report stays deleted
    }

    [Fact]
    public async Task Every_start_ingests_the_bundled_reports_never_seen_and_a_second_start_finds_nothing_missing()
    {
        using (var corpus = _corpus.Open())
        {
            await corpus.Startup.RunAsync(CancellationToken.None);
            corpus.Startup.Progress.Current.Indexed.ShouldBe(2);
        }
        File.Copy(RepoPaths.SampleReport(Sanya2015), Path.Combine(_corpus.BundledPath, Sanya2015)); // a release ships one more
        using (var corpus = _corpus.Open())
        {
            await corpus.Startup.RunAsync(CancellationToken.None);
            corpus.Startup.Progress.Current.Reason!.ShouldContain("1 bundled reports were never ingested");
            corpus.Stats.Reports.ShouldBe(3);
        }
        using var third = _corpus.Open();
        await third.Startup.RunAsync(CancellationToken.None);
        third.Startup.Progress.Current.State.ShouldBe(IngestionState.Idle);
        third.Stats.Reports.ShouldBe(3);
        third.Originals!.List().Count(o => o.Origin == OriginalOrigin.Bundled).ShouldBe(3);
    }

    [Fact]
    public async Task An_edited_version_replaces_the_earlier_one_for_good_even_after_a_rebuild()
    {
        string edited;
        using (var corpus = _corpus.Open())
        {
            await corpus.Startup.RunAsync(CancellationToken.None);
            var result = await corpus.IngestAsync(TestCorpus.Upload(Hongze2023, EditedCopy()));
            result.Indexed!.Superseded.Count.ShouldBe(1);
            edited = result.Indexed.ReportId;
        }
        using var rebuilt = _corpus.Open(_corpus.Options() with { Rebuild = true });
        await rebuilt.Startup.RunAsync(CancellationToken.None);
        rebuilt.Stats.Reports.ShouldBe(2);
        Ids(rebuilt).ShouldContain(edited);
        rebuilt.ListReports(new ReportListFilter(null, null, null, 2023)).Items.ShouldHaveSingleItem().Id.ShouldBe(edited);
    }
}
