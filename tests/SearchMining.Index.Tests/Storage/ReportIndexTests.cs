using SearchMining.Core.Domain;
using SearchMining.Index.Analysis;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Storage;

/// <summary>Add, replace, delete and reopen on small private indexes (the shared sample index is read-only).</summary>
[Collection(SampleIndexCollection.Name)]
public sealed class ReportIndexTests(SampleIndexFixture fixture) : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private IReadOnlyList<Report> _reports = [];

    public Task InitializeAsync()
    {
        _reports = fixture.Reports;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private Report Huaian => _reports.Single(r => r.SourceFile == "002_huaian_shizhengfu_2024.txt");

    private ReportIndex OpenIndex(IndexAnalyzers? analyzers = null, bool rebuild = false) =>
        ReportIndex.Open(new ReportIndexOptions(_folder.Path, analyzers ?? fixture.Analyzers.Create(), rebuild));

    [Fact]
    public async Task Upserting_the_same_report_twice_leaves_one_copy_and_reports_unchanged()
    {
        using var index = OpenIndex();
        (await index.UpsertAsync(Huaian)).Outcome.ShouldBe(IngestOutcome.Added);
        (await index.UpsertAsync(Huaian)).Outcome.ShouldBe(IngestOutcome.Unchanged);
        await index.CommitAsync();

        index.Stats.Reports.ShouldBe(1);
        index.Stats.Sections.ShouldBe(Huaian.Sections.Count);
        var engine = new SectionSearchEngine(index);
        engine.Search(new SearchRequest("\"调研式培训\"")).Results!.Total.ShouldBe(1);
    }

    [Fact]
    public async Task A_changed_report_with_the_same_id_replaces_the_old_documents()
    {
        using var index = OpenIndex();
        await index.UpsertAsync(Huaian);
        var statements = Huaian.Statements.Select(s => s with { Themes = ["training"] }).ToList();
        var themed = Huaian with { Statements = statements.Count > 0 ? statements : [new Statement { Text = "加强培训", Kind = StatementKind.Measure, Themes = ["training"] }] };

        (await index.UpsertAsync(themed)).Outcome.ShouldBe(IngestOutcome.Replaced);
        await index.CommitAsync();

        index.Stats.Reports.ShouldBe(1);
        index.Stats.Sections.ShouldBe(Huaian.Sections.Count);
        var results = new SectionSearchEngine(index).Search(new SearchRequest("theme:training")).Results!;
        results.Total.ShouldBe(1);
        results.Hits[0].SectionTopic.ShouldBe("problems");
    }

    private static Report Parse(string text, string sourceFile) =>
        new SearchMining.Core.Parsing.ReportParser().Parse(text, sourceFile).Report!;

    private static string HuaianText => File.ReadAllText(Path.Combine(SearchMining.Tests.Shared.RepoPaths.SampleReports, "002_huaian_shizhengfu_2024.txt"));

    [Fact]
    public async Task An_edited_copy_of_the_same_file_replaces_its_earlier_version()
    {
        using var index = OpenIndex();
        var first = Parse(HuaianText, "002_huaian_shizhengfu_2024.txt");
        var edited = Parse(HuaianText.Replace("调研式培训", "蹲点式培训"), "002_huaian_shizhengfu_2024.txt");
        edited.Id.ShouldNotBe(first.Id);
        (edited.Agency, edited.Year).ShouldBe((first.Agency, first.Year));

        (await index.UpsertAsync(first)).Outcome.ShouldBe(IngestOutcome.Added);
        var second = await index.UpsertAsync(edited); // same batch: the searcher has not seen the first version yet
        await index.CommitAsync();

        second.Outcome.ShouldBe(IngestOutcome.Replaced);
        second.Superseded.ShouldBe([first.Id]);
        index.Stats.Reports.ShouldBe(1);
        index.GetReport(first.Id).ShouldBeNull();
        var engine = new SectionSearchEngine(index);
        engine.Search(new SearchRequest("\"蹲点式培训\"")).Results!.Total.ShouldBe(1);
        engine.Search(new SearchRequest("\"调研式培训\"")).Results!.Total.ShouldBe(0);
    }

    [Fact]
    public async Task A_list_written_from_several_threads_has_the_outcomes_of_writing_it_one_by_one()
    {
        var first = Parse(HuaianText, "002_huaian_shizhengfu_2024.txt");
        var edited = Parse(HuaianText.Replace("调研式培训", "蹲点式培训"), "002_huaian_shizhengfu_2024.txt");
        var others = _reports.Where(r => r.SourceFile != Huaian.SourceFile).Take(6).ToList();
        // others, the first version, a copy of it, the edited version (replaces the first, written earlier in the list)
        var list = others.Take(3).Append(first).Concat(others.Skip(3)).Append(first).Append(edited).ToList();

        using var one = OpenIndex();
        var expected = new List<IngestResult>();
        foreach (var report in list) expected.Add(await one.UpsertAsync(report));
        await one.CommitAsync();
        one.Dispose();
        using var many = ReportIndex.Open(new ReportIndexOptions(_folder.Path, fixture.Analyzers.Create()) { Recreate = true });
        var written = await many.UpsertManyAsync(list.Select(r => many.Prepare(r)).ToList());
        await many.CommitAsync();

        written.Select(r => (r.ReportId, r.Outcome, string.Join(',', r.Superseded))).ShouldBe(expected.Select(r => (r.ReportId, r.Outcome, string.Join(',', r.Superseded))));
        written[^1].Superseded.ShouldBe([first.Id]);
        written[^2].Outcome.ShouldBe(IngestOutcome.Unchanged);
        many.Stats.Reports.ShouldBe(7);
        many.GetReport(first.Id).ShouldBeNull();
        var engine = new SectionSearchEngine(many);
        engine.Search(new SearchRequest("\"蹲点式培训\"")).Results!.Total.ShouldBe(1);
        engine.Search(new SearchRequest("\"调研式培训\"")).Results!.Total.ShouldBe(0);
        engine.Search(new SearchRequest("公开")).Results!.Total.ShouldBeGreaterThan(7);
    }

    [Fact]
    public async Task The_same_file_name_from_another_agency_or_year_is_another_report()
    {
        using var index = OpenIndex();
        var huaian = Parse(HuaianText, "report.txt");
        // the whole report moved a year back: title and statistics period (the period's year wins over the title's, parser round 9)
        var otherYear = Parse(HuaianText.Replace("2024 年", "2023 年"), "report.txt");
        var other = _reports.Single(r => r.SourceFile == "040_pingtan_shiyanqu_2022.txt");
        var otherAgency = Parse(File.ReadAllText(Path.Combine(SearchMining.Tests.Shared.RepoPaths.SampleReports, other.SourceFile)), "report.txt");
        otherYear.Year.ShouldBe(huaian.Year - 1);
        otherAgency.Agency.ShouldNotBe(huaian.Agency);

        await index.UpsertAsync(huaian);
        await index.CommitAsync();
        (await index.UpsertAsync(otherYear)).Superseded.ShouldBeEmpty();
        (await index.UpsertAsync(otherAgency)).Outcome.ShouldBe(IngestOutcome.Added);
        await index.CommitAsync();

        index.Stats.Reports.ShouldBe(3);
    }

    [Fact]
    public async Task Delete_removes_every_document_of_the_report()
    {
        using var index = OpenIndex();
        foreach (var report in _reports.Take(3)) await index.UpsertAsync(report);
        await index.CommitAsync();
        var victim = _reports[1];

        (await index.DeleteAsync(victim.Id)).ShouldBeTrue();
        (await index.DeleteAsync(victim.Id)).ShouldBeFalse();
        await index.CommitAsync();

        index.GetReport(victim.Id).ShouldBeNull();
        index.Stats.Reports.ShouldBe(2);
        index.Stats.Sections.ShouldBe(_reports[0].Sections.Count + _reports[2].Sections.Count);
        var results = new SectionSearchEngine(index).Search(new SearchRequest("") { Size = 100 }).Results!;
        results.Hits.ShouldNotContain(h => h.ReportId == victim.Id);
    }

    [Fact]
    public async Task The_whole_report_is_served_back_from_the_index()
    {
        using (var index = OpenIndex())
        {
            await index.UpsertAsync(Huaian);
            await index.CommitAsync();
        }
        using var reopened = OpenIndex();
        var report = reopened.GetReport(Huaian.Id);

        report.ShouldNotBeNull();
        report.Agency.ShouldBe("淮安市人民政府");
        report.Year.ShouldBe(2024);
        report.Sections.Select(s => s.Text).ShouldBe(Huaian.Sections.Select(s => s.Text));
        report.SourceText.ShouldBe(Huaian.SourceText);
        reopened.GetReport("no-such-id").ShouldBeNull();
    }

    [Fact]
    public async Task Reopening_keeps_committed_reports_and_new_writes_are_searchable_before_commit()
    {
        var first = _reports[0];
        var second = _reports[1];
        using (var index = OpenIndex())
        {
            await index.UpsertAsync(first);
            await index.CommitAsync();
        }
        using (var index = OpenIndex())
        {
            index.Stats.Reports.ShouldBe(1);
            await index.UpsertAsync(second);
            index.Stats.Reports.ShouldBe(2); // visible to searches before the commit (NRT)
        }
    }

    [Fact]
    public async Task Opening_an_index_of_another_schema_says_so_and_rebuild_clears_it()
    {
        using (var index = OpenIndex())
        {
            await index.UpsertAsync(Huaian);
            await index.CommitAsync();
        }
        var other = new IndexAnalyzers("other-analyzers", IndexAnalyzers.CreateLuceneBaseline().Words, IndexAnalyzers.CreateLuceneBaseline().Words, IndexAnalyzers.CreateLuceneBaseline().Bigram);

        var refused = ReportIndex.TryOpen(new ReportIndexOptions(_folder.Path, other));
        refused.Succeeded.ShouldBeFalse();
        refused.Error!.Kind.ShouldBe(IndexOpenErrorKind.SchemaMismatch);
        refused.Error.Message.ShouldContain("Rebuild");

        using var rebuilt = ReportIndex.Open(new ReportIndexOptions(_folder.Path, other, RebuildOnSchemaMismatch: true));
        rebuilt.Stats.Reports.ShouldBe(0);
        rebuilt.Stats.SchemaVersion.ShouldBe(IndexSchema.Version);
        rebuilt.Stats.Analyzers.ShouldBe("other-analyzers");
    }

    [Fact]
    public async Task ListReports_filters_and_pages_newest_first()
    {
        using var index = OpenIndex();
        foreach (var report in _reports) await index.UpsertAsync(report);
        await index.CommitAsync();

        var all = index.ListReports(limit: 100);
        all.Total.ShouldBe(_reports.Count);
        all.Items.Select(i => i.Year ?? 0).ShouldBeInOrder(SortDirection.Descending);

        var pingtan = index.ListReports(new ReportListFilter(Agency: "平潭综合实验区"));
        pingtan.Items.Select(i => i.Year).ShouldBe([2022, 2021, 2020]);

        var page2 = index.ListReports(offset: 5, limit: 5);
        page2.Items.Select(i => i.Id).ShouldBe(all.Items.Skip(5).Take(5).Select(i => i.Id));
        index.ListReports(new ReportListFilter(Year: 2024)).Total.ShouldBe(_reports.Count(r => r.Year == 2024));
    }
}
