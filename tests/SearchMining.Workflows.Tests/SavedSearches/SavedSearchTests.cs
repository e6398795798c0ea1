using System.Text;
using System.Xml.Linq;
using SearchMining.Corpus;
using SearchMining.Tests.Shared;
using SearchMining.Workflows.Queries;
using SearchMining.Workflows.SavedSearches;
using SearchMining.Workflows.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Workflows.Tests.SavedSearches;

/// <summary>Saved searches over a corpus of their own: uploads, restarts and a rebuild of the index.</summary>
public sealed class SavedSearchTests : IAsyncLifetime
{
    private const string Marker = "本报告由保存检索测试上传";
    private readonly TempFolder _folder = new("smwork-saved");
    private ReportCorpus _corpus = null!;

    private string IndexPath => _folder.Combine("index");

    public async Task InitializeAsync()
    {
        _corpus = SampleCorpusFixture.OpenCorpus(IndexPath);
        // A few reports are enough: 洪泽区 2023 and 2024, 平潭 2020–2022.
        await _corpus.IngestFilesAsync(SampleCorpusFixture.SampleFiles.Where(f => Path.GetFileName(f).StartsWith("03", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("04", StringComparison.Ordinal)).ToList());
    }

    public Task DisposeAsync()
    {
        _corpus.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private async Task<string> UploadCopyAsync(ReportCorpus corpus, string sample, string extra)
    {
        var text = await File.ReadAllTextAsync(RepoPaths.SampleReport(sample)) + "\n" + extra + "\n";
        var result = await corpus.IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "copy-" + sample);
        return result.Indexed!.ReportId;
    }

    [Fact]
    public async Task A_report_ingested_after_saving_is_a_new_hit_until_marked_seen()
    {
        using var workflows = new ReportWorkflows(_corpus, SampleCorpusFixture.Options(IndexPath));
        var saved = workflows.SavedSearches;
        var spec = QuerySpec.FromQueryString("q=" + Uri.EscapeDataString($"\"{Marker}\" OR 政务新媒体") + "&year=2022..2024");
        var (search, error) = saved.Create("新媒体 2022–2024", spec);
        error.ShouldBeNull();
        var before = saved.Status(search!.Id)!;
        before.NewMatches.ShouldBeEmpty();
        before.Matching.ShouldBeGreaterThan(0);

        var uploaded = await UploadCopyAsync(_corpus, "038_hongze_quzhengfu_2024.txt", Marker);
        var after = saved.Status(search.Id)!;
        after.Matching.ShouldBe(before.Matching + 1);
        after.NewMatches.Select(m => m.ReportId).ShouldBe([uploaded]);

        var entries = saved.Entries(search.Id, newOnly: true)!.Value.Entries;
        entries.Select(e => e.Hit.ReportId).ShouldBe([uploaded]);
        entries[0].Hit.Sections[0].Snippets.ShouldNotBeEmpty();

        // A report that does not match the saved search is no new hit of it.
        await UploadCopyAsync(_corpus, "045_pingtan_shiyanqu_2020.txt", Marker); // 2020: outside the year filter
        saved.Status(search.Id)!.NewMatches.Count.ShouldBe(1);

        saved.MarkSeen(search.Id).ShouldBeTrue();
        saved.Status(search.Id)!.NewMatches.ShouldBeEmpty();
        saved.Entries(search.Id, newOnly: false)!.Value.Entries.Select(e => e.Hit.ReportId).ShouldContain(uploaded);
    }

    [Fact]
    public async Task Saved_searches_survive_a_restart_and_a_rebuild_of_the_index_without_spurious_new_hits()
    {
        var options = SampleCorpusFixture.Options(IndexPath);
        string id;
        using (var workflows = new ReportWorkflows(_corpus, options))
        {
            id = workflows.SavedSearches.Create("培训", new QuerySpec { Query = "培训" }).Search!.Id;
            workflows.SavedSearches.Create("培训", new QuerySpec { Query = "网站" }).Error!.Kind.ShouldBe(SavedSearchError.NameTaken);
        }
        options.WorkspacePath.ShouldStartWith(IndexPath + "-workspace");

        // Rebuild: a new, empty index folder in the same place, the same reports ingested again.
        _corpus.Dispose();
        Directory.Delete(IndexPath, recursive: true);
        _corpus = SampleCorpusFixture.OpenCorpus(IndexPath);
        await _corpus.IngestFilesAsync(SampleCorpusFixture.SampleFiles.Where(f => Path.GetFileName(f).StartsWith("03", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("04", StringComparison.Ordinal)).ToList());

        using var reopened = new ReportWorkflows(_corpus, options);
        var list = reopened.SavedSearches.List();
        list.Select(s => (s.Search.Id, s.Search.Name, s.Search.Spec.Query)).ShouldBe([(id, "培训", "培训")]);
        list[0].Matching.ShouldBeGreaterThan(0);
        list[0].NewMatches.ShouldBeEmpty();
        reopened.SavedSearches.Delete(id).ShouldBeTrue();
        reopened.SavedSearches.Status(id).ShouldBeNull();
    }

    [Fact]
    public void Bad_names_and_queries_are_refused_and_nothing_is_saved()
    {
        using var workflows = new ReportWorkflows(_corpus, SampleCorpusFixture.Options(IndexPath));
        var saved = workflows.SavedSearches;
        saved.Create("  ", new QuerySpec { Query = "培训" }).Error!.Field.ShouldBe("name");
        saved.Create(new string('名', SavedSearchService.MaxNameLength + 1), new QuerySpec { Query = "培训" }).Error!.Field.ShouldBe("name");
        saved.Create("引号", new QuerySpec { Query = "\"培训" }).Error!.Kind.ShouldBe("QuerySyntax");
        saved.Create("年份", QuerySpec.FromQueryString("q=培训&year=19")).Error!.Field.ShouldBe("year");
        saved.List().ShouldBeEmpty();
    }

    [Fact]
    public async Task The_atom_feed_lists_the_matches_newest_first_with_links_into_the_page()
    {
        using var workflows = new ReportWorkflows(_corpus, SampleCorpusFixture.Options(IndexPath));
        var search = workflows.SavedSearches.Create("feed", new QuerySpec { Query = $"\"{Marker}\" OR 依申请公开" }).Search!;
        var uploaded = await UploadCopyAsync(_corpus, "040_pingtan_shiyanqu_2022.txt", Marker);
        var (status, entries) = workflows.SavedSearches.Entries(search.Id, newOnly: false)!.Value;

        var xml = AtomFeedWriter.Write(search, entries, "http://host", "http://host/api/saved-searches/" + search.Id + "/feed");
        var feed = XDocument.Parse(xml);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        feed.Root!.Name.ShouldBe(atom + "feed");
        feed.Root.Element(atom + "title")!.Value.ShouldBe("保存的检索：feed");
        var items = feed.Root.Elements(atom + "entry").ToList();
        items.Count.ShouldBe(status.Matching);
        items[0].Element(atom + "id")!.Value.ShouldBe(AtomFeedWriter.EntryId(search.Id, uploaded));
        items[0].Element(atom + "category")!.Attribute("term")!.Value.ShouldBe("new");
        items.Skip(1).ShouldAllBe(e => e.Element(atom + "category")!.Attribute("term")!.Value == "seen");
        items[0].Element(atom + "link")!.Attribute("href")!.Value.ShouldStartWith($"http://host/?view=report&id={uploaded}&section=");
        var updated = items.Select(e => DateTimeOffset.Parse(e.Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        updated.ShouldBe(updated.OrderByDescending(t => t));
    }
}
