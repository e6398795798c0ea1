using System.Text.Json;
using SearchMining.Corpus.Tests.Fixtures;
using SearchMining.Corpus.Views;
using SearchMining.Index.Views;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Corpus.Tests.Views;

/// <summary>The 17 bundled reports ingested once, shared by the view-row tests.</summary>
public sealed class BundledCorpus : IDisposable
{
    private readonly TempFolder _index = new();

    public BundledCorpus()
    {
        Corpus = new ReportCorpus(new CorpusOptions
        {
            IndexPath = _index.Path,
            IngestBundledReports = false,
            ModelPath = Path.Combine(RepoPaths.Root, SearchMining.Mining.Themes.ThemeModelFiles.Model),
        }, SharedSegmenter.Instance);
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "samples", "reports"), "*.txt").Order(StringComparer.Ordinal).ToList();
        var summary = Corpus.IngestFilesAsync(files).GetAwaiter().GetResult();
        summary.Errors.ShouldBeEmpty();
        Count = files.Count;
    }

    public ReportCorpus Corpus { get; }

    public int Count { get; }

    public void Dispose()
    {
        Corpus.Dispose();
        _index.Dispose();
    }
}

/// <summary>
/// Themes, commitments, contacts and the years view's identities and statements read from the report documents' view
/// doc values give exactly what the digests give (the path every view took before, and still takes on an older index),
/// over the 17 bundled reports with the theme model; commitments and contacts pages also equal the old endpoints' LINQ
/// (filter, stable sort, skip, take) over the digests.
/// </summary>
public sealed class ViewRowsTests(BundledCorpus bundled) : IClassFixture<BundledCorpus>
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private CorpusReports Reports => bundled.Corpus.Reports;

    private T FromDigests<T>(Func<T> read)
    {
        Reports.ReadViewRows = false;
        try
        {
            return read();
        }
        finally
        {
            Reports.ReadViewRows = true;
        }
    }

    private static string Text(object value) => JsonSerializer.Serialize(value, Json);

    [Fact]
    public void Every_report_document_has_its_view_values()
    {
        var rows = new List<ReportViewRow>();
        ReportViews.VisitRows(bundled.Corpus.Index, rows.Add).ShouldBeTrue();
        rows.Count.ShouldBe(bundled.Count);
        var statements = 0;
        ReportViews.VisitStatements(bundled.Corpus.Index, (_, list) => statements += list.Count).ShouldBeTrue();
        statements.ShouldBe(rows.Sum(r => r.Statements));
        ReportViews.VisitCommitments(bundled.Corpus.Index, (_, _) => { }).ShouldBeTrue();
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("洪泽", null, null)]
    [InlineData(null, "平潭", null)]
    [InlineData(null, null, 2023)]
    [InlineData("没有这个机关", null, null)]
    public void Themes_from_the_rows_equal_themes_from_the_digests(string? agency, string? region, int? year)
    {
        var selection = new ReportSelection(agency, region, year);
        var rows = Reports.Themes(selection);
        var digests = FromDigests(() => Reports.Themes(selection));
        Text(rows).ShouldBe(Text(digests));
        if (agency is null && region is null && year is null)
        {
            rows.Reports.ShouldBe(bundled.Count);
            rows.Classified.ShouldBeGreaterThan(0);
            rows.ByAgency.Count.ShouldBeGreaterThan(3);
            rows.Themes.Sum(t => t.Count).ShouldBeGreaterThanOrEqualTo(rows.Classified);
        }
    }

    [Theory]
    [InlineData(null, null, null, 0, 1000)]
    [InlineData(null, null, null, 0, 5)]
    [InlineData(null, null, null, 7, 4)]
    [InlineData("公开", null, null, 2, 3)]
    [InlineData(null, "平潭", null, 0, 1000)]
    [InlineData(null, null, "training", 1, 2)]
    public void Commitments_from_the_rows_equal_the_old_list_over_the_digests(string? q, string? region, string? theme, int offset, int size)
    {
        var filter = new CommitmentFilter(q, new ReportSelection(null, region, null), theme);
        var page = Reports.Commitments(filter, offset, size);
        var digestPage = FromDigests(() => Reports.Commitments(filter, offset, size));

        // The endpoint's code before the view rows, over the digests.
        var words = (q ?? "").Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        var old = Reports.All()
            .Where(filter.Selection.Matches)
            .SelectMany(r => r.Commitments.Select(c => (Id: r.Id, Agency: c.Agency ?? r.Agency, Year: c.Year ?? r.Year, c.Text, c.Themes)))
            .Where(c => words.All(w => c.Text.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Where(c => string.IsNullOrWhiteSpace(theme) || c.Themes.Contains(theme))
            .OrderByDescending(c => c.Year).ThenBy(c => c.Agency, StringComparer.Ordinal)
            .ToList();
        if (q is null && region is null && theme is null) old.Count.ShouldBeGreaterThan(10);

        string Items(ViewPage<ReportCommitment> p) => Text(p.Items.Select(c => new { c.Report.Id, c.Agency, c.Year, c.Commitment.Text, c.Commitment.Themes }));
        page.Total.ShouldBe(old.Count);
        Items(page).ShouldBe(Text(old.Skip(offset).Take(size).Select(c => new { c.Id, c.Agency, c.Year, c.Text, c.Themes })));
        digestPage.Total.ShouldBe(old.Count);
        Items(digestPage).ShouldBe(Items(page));
    }

    [Theory]
    [InlineData(null, null, 0, 1000)]
    [InlineData(null, null, 3, 5)]
    [InlineData(null, "江苏", 0, 2)]
    [InlineData(null, null, 0, 0)]
    public void Contacts_from_the_rows_equal_the_old_list_over_the_digests(string? agency, string? region, int offset, int size)
    {
        var selection = new ReportSelection(agency, region, null);
        var page = Reports.Contacts(selection, offset, size);
        var digestPage = FromDigests(() => Reports.Contacts(selection, offset, size));
        var old = Reports.All().Where(selection.Matches).Where(r => r.Contact is not null)
            .OrderBy(r => r.Agency, StringComparer.Ordinal).ThenByDescending(r => r.Year).ToList();
        if (agency is null && region is null) old.Count.ShouldBeGreaterThan(5);

        string Items(IEnumerable<(string, string?, int?, object)> items) => Text(items.Select(i => new { Id = i.Item1, Agency = i.Item2, Year = i.Item3, Contact = i.Item4 }));
        page.Total.ShouldBe(old.Count);
        Items(page.Items.Select(r => (r.Id, r.Agency, r.Year, (object)r.Contact!))).ShouldBe(Items(old.Skip(offset).Take(size).Select(r => (r.Id, r.Agency, r.Year, (object)r.Contact!))));
        Text(digestPage).ShouldBe(Text(page));
    }

    [Fact]
    public void The_years_view_reads_the_same_identities_statements_and_problem_digests()
    {
        var (rows, statements, problems) = Reports.ForYears();
        var (digestRows, digestStatements, digestProblems) = FromDigests(() => Reports.ForYears());
        // The order is the years view's to fix (CorpusYears sorts them); the identities are the same.
        Text(rows.OrderBy(r => r.ReportId, StringComparer.Ordinal)).ShouldBe(Text(digestRows.OrderBy(r => r.ReportId, StringComparer.Ordinal)));
        rows.Count.ShouldBe(bundled.Count);
        foreach (var row in rows)
        {
            Text(statements(row.ReportId)!).ShouldBe(Text(digestStatements(row.ReportId)!));
            Text(problems(row.ReportId)!).ShouldBe(Text(digestProblems(row.ReportId)!));
        }
        rows.Sum(r => statements(r.ReportId)!.Count).ShouldBeGreaterThan(0);
        rows.Sum(r => problems(r.ReportId)!.Themes.Count).ShouldBeGreaterThan(0);
        statements("no-such-report").ShouldBeNull();
    }
}
