using System.Text.Json;
using SearchMining.Corpus.Tests.Fixtures;
using SearchMining.Corpus.Years;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Corpus.Tests.Years;

/// <summary>
/// The years view's computed parts kept in the derived store (<see cref="KeptYears"/>: the resolved directory, template
/// phrases, word weights, recurrence summary) on real reports: after a restart the view reads them instead of resolving,
/// and says exactly what a fresh computation over every whole report says; a write, a delete and a person's merge give a
/// new version, for which nothing kept is read (never stale), and a write batch keeps the next view in the background.
/// </summary>
public sealed class KeptYearsTests : IDisposable
{
    /// <summary>Pingtan's bureau 2016–2019, Hongze 2023–2024, Pingtan 2020–2021 (also the guard's frozen inputs).</summary>
    internal static readonly string[] Files =
    [
        .. new[] { 2016, 2017, 2018 }.Select(y => Path.Combine(RepoPaths.Root, "data", "corpus", "github", $"g0{83 + y - 2016}_pingtan_huanjingguotuju_{y}.txt")),
        Path.Combine(RepoPaths.Root, "data", "corpus", "github", "g086_pingtan_huanjingguotuju_2019.txt"),
        RepoPaths.SampleReport("037_hongze_quzhengfu_2023.txt"),
        RepoPaths.SampleReport("038_hongze_quzhengfu_2024.txt"),
        RepoPaths.SampleReport("045_pingtan_shiyanqu_2020.txt"),
        RepoPaths.SampleReport("039_pingtan_shiyanqu_2021.txt"),
    ];

    private const string Old = "平潭综合实验区·环境与国土资源局";
    private const string Renamed = "平潭综合实验区·自然资源与生态环境局";
    private const string Hongze = "淮安市·洪泽区·政府";

    private readonly TempFolder _index = new();

    public void Dispose() => _index.Dispose();

    private ReportCorpus Open() => new(new CorpusOptions { IndexPath = _index.Path, UseClassifier = false, IngestBundledReports = false }, SharedSegmenter.Instance);

    private static CorpusYears Years(ReportCorpus corpus) => new(corpus) { LearnInBackground = false };

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    /// <summary>The view of <paramref name="years"/> equals one computed afresh (nothing kept read) part by part, and the whole-report view.</summary>
    private static void SameAsFresh(ReportCorpus corpus, CorpusYears years)
    {
        var view = years.Current();
        var fresh = new CorpusYears(corpus) { LearnInBackground = false, KeepParts = false }.Current();
        Json(view.Directory.Agencies).ShouldBe(Json(fresh.Directory.Agencies));
        Json(view.Directory.Unidentified).ShouldBe(Json(fresh.Directory.Unidentified));
        view.Directory.Listed.Select(a => a.Key).ShouldBe(fresh.Directory.Listed.Select(a => a.Key));
        Json(view.RecurrenceSummary).ShouldBe(Json(fresh.RecurrenceSummary));
        view.Template.Phrases.Order().ShouldBe(fresh.Template.Phrases.Order());
        Json(view.Template.Groups).ShouldBe(Json(fresh.Template.Groups));
        Json(view.Weights.Learned.Idf.OrderBy(p => p.Key, StringComparer.Ordinal)).ShouldBe(Json(fresh.Weights.Learned.Idf.OrderBy(p => p.Key, StringComparer.Ordinal)));
        view.Weights.Learned.Unseen.ShouldBe(fresh.Weights.Learned.Unseen);
        foreach (var agency in fresh.Directory.Agencies)
            Json(view.Timeline(view.Directory.Find(agency.Key)!)).ShouldBe(Json(fresh.Timeline(agency)));
        CorpusYearsTests.ShouldMatchWholeReports(corpus, years);
    }

    /// <summary>
    /// What another view object over the same corpus finds kept for the current version once the background work is done
    /// (it has no deadline of its own: a bounded wait, so that a failure ends).
    /// </summary>
    private static async Task<(bool Directory, bool Template, bool Weights, bool Recurrence)?> KeptAfterBackground(ReportCorpus corpus)
    {
        (bool Directory, bool Template, bool Weights, bool Recurrence)? kept = null;
        for (var i = 0; i < 600 && kept is not (true, true, true, true); i++)
        {
            await Task.Delay(200);
            var other = Years(corpus);
            other.Current();
            kept = other.KeptOfCurrent;
        }
        return kept;
    }

    private static void ShouldBeKeptWhole((bool Directory, bool Template, bool Weights, bool Recurrence)? kept) =>
        kept.ShouldBe((true, true, true, true));

    [Fact]
    public async Task A_restart_reads_the_kept_view_and_a_write_a_delete_or_a_merge_never_reads_a_stale_one()
    {
        using (var corpus = Open())
        {
            (await corpus.IngestFilesAsync(Files[..6])).Errors.ShouldBeEmpty();
            var years = Years(corpus);
            years.Current();
            years.KeptOfCurrent.ShouldBe((false, false, false, false)); // nothing kept yet: computed
            years.LearnAndKeep();
            SameAsFresh(corpus, years);
        }

        using (var corpus = Open())
        {
            // restart: every part is read, none computed
            var years = Years(corpus);
            years.Current();
            ShouldBeKeptWhole(years.KeptOfCurrent);
            SameAsFresh(corpus, years);

            // a write: another index version, nothing kept for it
            (await corpus.IngestFilesAsync(Files[6..])).Errors.ShouldBeEmpty();
            years.Current().Directory.Agencies.Count.ShouldBeGreaterThan(0);
            years.KeptOfCurrent.ShouldBe((false, false, false, false));
            SameAsFresh(corpus, years);
            years.LearnAndKeep();

            // a delete
            var hongze2023 = years.Current().Directory.Find(Hongze)!.Reports.Single(r => r.Year == 2023).ReportId;
            (await corpus.DeleteAsync(hongze2023)).ShouldBeTrue();
            years.Current().Directory.Find(Hongze)!.Years.ShouldBe([2024]);
            years.KeptOfCurrent.ShouldBe((false, false, false, false));
            SameAsFresh(corpus, years);
            years.LearnAndKeep();

            // a person's merge: same index, other overrides
            years.Merge(Old, Renamed, null).Succeeded.ShouldBeTrue();
            years.KeptOfCurrent.ShouldBe((false, false, false, false));
            years.Current().Directory.Find(Old)!.Years.ShouldBe([2016, 2017, 2018, 2019]);
            SameAsFresh(corpus, years);
            years.LearnAndKeep();
        }

        using (var corpus = Open())
        {
            // the kept view is the merged one after the delete
            var years = Years(corpus);
            years.Current().Directory.Find(Old)!.Years.ShouldBe([2016, 2017, 2018, 2019]);
            years.Current().Directory.Find(Hongze)!.Years.ShouldBe([2024]);
            ShouldBeKeptWhole(years.KeptOfCurrent);
            SameAsFresh(corpus, years);
        }
    }

    [Fact]
    public async Task Parts_kept_by_another_computation_version_are_not_read_and_a_restart_of_the_same_version_reads_them()
    {
        var changed = KeptYears.ComputationVersion + 1;
        using (var corpus = Open())
        {
            (await corpus.IngestFilesAsync(Files)).Errors.ShouldBeEmpty();
            Years(corpus).LearnAndKeep();
        }

        using (var corpus = Open())
        {
            // the same index and overrides, a changed computation: nothing kept is read, the view is computed and kept anew
            var years = new CorpusYears(corpus) { LearnInBackground = false, ComputationVersion = changed };
            years.Current();
            years.KeptOfCurrent.ShouldBe((false, false, false, false));
            SameAsFresh(corpus, years);
            years.LearnAndKeep();
        }

        using (var corpus = Open())
        {
            // a restart (any build) of that computation reads every part
            var years = new CorpusYears(corpus) { LearnInBackground = false, ComputationVersion = changed };
            years.Current();
            ShouldBeKeptWhole(years.KeptOfCurrent);
            SameAsFresh(corpus, years);

            // the parts of the earlier computation were replaced: it reads none
            var earlier = Years(corpus);
            earlier.Current();
            earlier.KeptOfCurrent.ShouldBe((false, false, false, false));
            SameAsFresh(corpus, earlier);
        }
    }

    [Fact]
    public async Task A_write_batch_keeps_the_next_view_in_the_background()
    {
        using var corpus = Open();
        var years = new CorpusYears(corpus) { RefreshDelay = TimeSpan.Zero };
        years.Current(); // subscribes to the corpus's writes
        (await corpus.IngestFilesAsync(Files)).Errors.ShouldBeEmpty();

        // Another view object over the same corpus finds every part kept for the version after the batch (waits for the
        // background work, which has no deadline of its own; a bounded wait so that a failure ends).
        ShouldBeKeptWhole(await KeptAfterBackground(corpus));
        SameAsFresh(corpus, Years(corpus));
    }

    [Fact]
    public async Task The_end_of_an_ingest_keeps_the_view_so_the_first_call_after_it_reads_every_part()
    {
        using (var corpus = Open())
        {
            (await corpus.IngestFilesAsync(Files[..6])).Errors.ShouldBeEmpty();
            // what the CLI's index does after its last batch: computed and kept once, then found kept (nothing computed)
            Years(corpus).KeepIfMissing().ShouldBeTrue();
            Years(corpus).KeepIfMissing().ShouldBeFalse();
            // the first call after the ingest (another view object, as a service started on the index) reads every part
            var first = Years(corpus);
            first.Current();
            ShouldBeKeptWhole(first.KeptOfCurrent);
            SameAsFresh(corpus, first);
        }

        using (var corpus = Open())
        {
            // a service that has answered no years request follows writes from its start: the next view is kept after a batch
            var service = new CorpusYears(corpus) { RefreshDelay = TimeSpan.Zero };
            service.FollowWrites();
            (await corpus.IngestFilesAsync(Files[6..])).Errors.ShouldBeEmpty();
            ShouldBeKeptWhole(await KeptAfterBackground(corpus));
            Years(corpus).KeepIfMissing().ShouldBeFalse();
            SameAsFresh(corpus, Years(corpus));
        }
    }
}
