using SearchMining.Corpus.Tests.Fixtures;
using SearchMining.Corpus.Years;
using System.Text.Json;
using SearchMining.Mining.Agencies;
using SearchMining.Mining.Timelines;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Corpus.Tests.Years;

/// <summary>
/// The years view over a real index: a person's merge of a renamed department (平潭综合实验区环境与国土资源局 2016–2018 →
/// 自然资源与生态环境局 2019, data/corpus/github) survives a restart and a rebuild of the index; a wrong merge is refused
/// and leaves nothing behind; a split undoes the merge. The view is built from the stored digests and loads whole reports
/// by id; it must say what a view over every whole report in memory says, after an ingest, a delete, a merge and a restart.
/// </summary>
public sealed class CorpusYearsTests : IDisposable
{
    private const string Old = "平潭综合实验区·环境与国土资源局";
    private const string Renamed = "平潭综合实验区·自然资源与生态环境局";
    private const string Hongze = "淮安市·洪泽区·政府";

    private static readonly string[] Files =
    [
        .. new[] { 2016, 2017, 2018 }.Select(y => Path.Combine(RepoPaths.Root, "data", "corpus", "github", $"g0{83 + y - 2016}_pingtan_huanjingguotuju_{y}.txt")),
        Path.Combine(RepoPaths.Root, "data", "corpus", "github", "g086_pingtan_huanjingguotuju_2019.txt"),
        RepoPaths.SampleReport("037_hongze_quzhengfu_2023.txt"),
        RepoPaths.SampleReport("038_hongze_quzhengfu_2024.txt"),
    ];

    private readonly TempFolder _index = new();

    public void Dispose() => _index.Dispose();

    private ReportCorpus Open() => new(new CorpusOptions { IndexPath = _index.Path, UseClassifier = false, IngestBundledReports = false }, SharedSegmenter.Instance);

    private static async Task<ReportCorpus> Filled(ReportCorpus corpus)
    {
        var summary = await corpus.IngestFilesAsync(Files);
        summary.Errors.ShouldBeEmpty();
        return corpus;
    }

    [Fact]
    public async Task A_merge_is_kept_beside_the_index_through_a_restart_and_a_rebuild()
    {
        using (var corpus = await Filled(Open()))
        {
            var years = new CorpusYears(corpus);
            years.Current().Directory.Find(Old).ShouldNotBe(years.Current().Directory.Find(Renamed));

            var change = years.Merge(Old, Renamed, "2019 机构改革");
            change.Succeeded.ShouldBeTrue(change.Refusal?.Reason);
            change.Agencies.Single().Years.ShouldBe([2016, 2017, 2018, 2019]);
            File.Exists(CorpusYears.OverridesPath(_index.Path)).ShouldBeTrue();
            years.Current().Directory.Find(Renamed)!.Evidence.ShouldContain(e => e.Rule == AgencyRules.PersonMerge);
        }

        // restart: a new corpus over the same folder
        using (var corpus = Open())
        {
            var merged = new CorpusYears(corpus).Current().Directory.Find(Old).ShouldNotBeNull();
            merged.Years.ShouldBe([2016, 2017, 2018, 2019]);
        }

        // rebuild: the index files go, the reports are ingested again
        foreach (var file in Directory.GetFiles(_index.Path)) File.Delete(file);
        using (var corpus = await Filled(Open()))
        {
            var merged = new CorpusYears(corpus).Current().Directory.Find(Renamed).ShouldNotBeNull();
            merged.Years.ShouldBe([2016, 2017, 2018, 2019]);
        }
    }

    [Fact]
    public async Task A_wrong_merge_is_refused_and_nothing_is_kept_and_a_split_undoes_a_merge()
    {
        using var corpus = await Filled(Open());
        var years = new CorpusYears(corpus);

        var wrong = years.Merge(Hongze, Old, null);
        wrong.Succeeded.ShouldBeFalse();
        wrong.UnknownAgency.ShouldBeFalse();
        wrong.Refusal!.Reason.ShouldContain("different agencies");
        File.Exists(CorpusYears.OverridesPath(_index.Path)).ShouldBeFalse();

        years.Merge("no-such-agency", Old, null).UnknownAgency.ShouldBeTrue();

        years.Merge(Old, Renamed, null).Succeeded.ShouldBeTrue();
        var split = years.Split(Old, ["平潭综合实验区自然资源与生态环境局"], "not the same after all");
        split.Succeeded.ShouldBeTrue(split.Refusal?.Reason);
        split.Agencies.Select(a => a.Years.Count).ShouldBe([3, 1]);
        years.Current().Directory.Find(Old).ShouldNotBe(years.Current().Directory.Find(Renamed));
        new AgencyOverrideStore(CorpusYears.OverridesPath(_index.Path)).Load().Select(o => o.Action).ShouldBe([AgencyOverride.Merge, AgencyOverride.Split]);
    }

    [Fact]
    public async Task The_view_from_the_digests_says_what_a_view_over_every_whole_report_says_after_ingest_delete_merge_and_restart()
    {
        using (var corpus = await Filled(Open()))
        {
            var years = new CorpusYears(corpus);
            ShouldMatchWholeReports(corpus, years);
            years.Current().Directory.Find(Hongze)!.Years.ShouldBe([2023, 2024]);

            var hongze2023 = years.Current().Directory.Find(Hongze)!.Reports.Single(r => r.Year == 2023).ReportId;
            (await corpus.DeleteAsync(hongze2023)).ShouldBeTrue();
            years.Current().Directory.Find(Hongze)!.Years.ShouldBe([2024]);
            years.Current().Timeline(years.Current().Directory.Find(Hongze)!).Years.Single().PreviousReportId.ShouldBeNull();
            ShouldMatchWholeReports(corpus, years);

            years.Merge(Old, Renamed, null).Succeeded.ShouldBeTrue();
            ShouldMatchWholeReports(corpus, years);
        }

        using (var corpus = Open())
        {
            var years = new CorpusYears(corpus);
            years.Current().Directory.Find(Old)!.Years.ShouldBe([2016, 2017, 2018, 2019]);
            years.Current().Directory.Find(Hongze)!.Years.ShouldBe([2024]);
            ShouldMatchWholeReports(corpus, years);
        }
    }

    internal static void ShouldMatchWholeReports(ReportCorpus corpus, CorpusYears years)
    {
        var stored = years.Current();
        var reports = corpus.Index.ListReports(null, 0, 1000).Items.Select(s => corpus.GetReport(s.Id)!).ToList();
        var whole = new YearsCorpus(reports, years.Overrides.Load());
        stored.Directory.Agencies.Select(a => (a.Key, a.Name, Years: string.Join(",", a.Years), Reports: string.Join(",", a.Reports.Select(r => r.ReportId))))
            .ShouldBe(whole.Directory.Agencies.Select(a => (a.Key, a.Name, Years: string.Join(",", a.Years), Reports: string.Join(",", a.Reports.Select(r => r.ReportId)))));
        Json(stored.RecurrenceSummary).ShouldBe(Json(whole.RecurrenceSummary));
        // The directory's listing order (kept per view) is the sort over every agency, and a page's recurring themes (read
        // from its agencies' own reports) are the summary's: also after a delete and a merge (a new view, nothing stale).
        stored.Directory.Listed.Select(a => a.Key).ShouldBe(whole.Directory.Agencies.Where(a => a.Years.Count >= 1)
            .OrderByDescending(a => a.Years.Count).ThenBy(a => a.Name, StringComparer.Ordinal).Select(a => a.Key));
        var recurring = whole.RecurrenceSummary.Agencies.ToDictionary(a => a.AgencyKey, a => Json(a.Recurring), StringComparer.Ordinal);
        foreach (var agency in stored.Directory.Listed)
            Json(stored.RecurringOf(agency)).ShouldBe(recurring.GetValueOrDefault(agency.Key, "[]"));
        recurring.Keys.ShouldAllBe(key => stored.Directory.Find(key) != null);
        stored.Template.Count.ShouldBe(whole.Template.Count);
        foreach (var agency in whole.Directory.Agencies)
            Json(stored.Timeline(stored.Directory.Find(agency.Key)!)).ShouldBe(Json(whole.Timeline(agency)));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
