using SearchMining.Core.Classification;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Corpus.Ingestion;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;
using SearchMining.Corpus.Tests.Fixtures;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Corpus.Tests.Ingestion;

public sealed class ReportIngestorTests : IDisposable
{
    private readonly TempFolder _index = new();
    private readonly TempFolder _files = new("smidx-files");

    public void Dispose()
    {
        _index.Dispose();
        _files.Dispose();
    }

    private ReportIndex OpenIndex() => ReportIndex.Open(new ReportIndexOptions(_index.Path, SharedSegmenter.Analyzers()));

    private string Copy(string sample)
    {
        var target = Path.Combine(_files.Path, sample);
        File.Copy(RepoPaths.SampleReport(sample), target);
        return target;
    }

    [Fact]
    public async Task Ingesting_a_folder_twice_changes_nothing_the_second_time()
    {
        var files = new[] { "037_hongze_quzhengfu_2023.txt", "038_hongze_quzhengfu_2024.txt", "009_daoxian_wenguangxinju_2013.txt" }.Select(Copy).ToList();
        using var index = OpenIndex();
        var ingestor = new ReportIngestor(index, new ReportFileReader(), batchSize: 2);
        var progress = new List<IngestProgress>();

        var first = await ingestor.IngestFilesAsync(files, new InlineProgress<IngestProgress>(progress.Add));
        first.Added.ShouldBe(3);
        first.Commits.ShouldBe(2);
        progress.Where(p => p.JustCommitted).Select(p => p.Committed).ShouldBe([2, 3]);
        var filesOnDisk = Directory.GetFiles(_index.Path).Select(Path.GetFileName).Order().ToList();
        var sections = index.Stats.Sections;

        var second = await ingestor.IngestFilesAsync(files);
        second.Unchanged.ShouldBe(3);
        second.Added.ShouldBe(0);
        index.Stats.Sections.ShouldBe(sections);
        Directory.GetFiles(_index.Path).Select(Path.GetFileName).Order().ToList().ShouldBe(filesOnDisk); // no new commit, no new segment
    }

    [Fact]
    public async Task Unreadable_files_fail_files_that_are_not_reports_are_skipped_and_the_rest_is_indexed()
    {
        var good = Copy("022_sanya_haitangqu_2015.txt");
        var empty = Path.Combine(_files.Path, "empty.txt");
        await File.WriteAllTextAsync(empty, "");
        var recipe = Path.Combine(_files.Path, "recipe.txt");
        await File.WriteAllTextAsync(recipe, "红烧肉的做法：五花肉切块，焯水，加糖炒色，小火炖一小时。");
        using var index = OpenIndex();

        var summary = await new ReportIngestor(index, new ReportFileReader()).IngestFilesAsync([empty, good, recipe]);

        summary.Added.ShouldBe(1);
        summary.Errors.Select(e => (Path.GetFileName(e.File), e.Kind)).ShouldBe([("empty.txt", "Empty")]);
        summary.Skipped.Select(e => (Path.GetFileName(e.File), e.Kind)).ShouldBe([("recipe.txt", "NotAReport")]);
        index.Stats.Reports.ShouldBe(1);
        index.ListReports().Items.Single().Agency.ShouldBe("三亚市海棠区人民政府");
    }

    [Fact]
    public async Task A_classifier_fills_themes_keeps_parser_kinds_and_a_failing_one_only_costs_the_themes()
    {
        var file = Copy("004_92a07e95d4d1d59d.txt");
        using var index = OpenIndex();
        var tagging = new ReportIngestor(index, new ReportFileReader(), new WordClassifier("宣传", "interaction"));

        (await tagging.IngestFilesAsync([file])).Warnings.ShouldBeEmpty();
        var engine = new SectionSearchEngine(index);
        var hit = engine.Search(new SearchRequest("theme:interaction")).Results!;
        hit.Total.ShouldBe(1);
        hit.Hits[0].SectionTopic.ShouldBe("problems");
        hit.Facets["theme"].ShouldContain(new FacetValue("interaction", 1));
        var parsed = (await new ReportFileReader().ReadAsync(file, CancellationToken.None)).Report!;
        parsed.Statements.ShouldContain(s => s.Kind != StatementKind.Measure);
        index.GetReport(parsed.Id)!.Statements.Select(s => s.Kind).ShouldBe(parsed.Statements.Select(s => s.Kind));

        var failing = new ReportIngestor(index, new ReportFileReader(), new ThrowingClassifier());
        var summary = await failing.IngestFilesAsync([file]);
        summary.Warnings.Single().ShouldContain("indexed without themes");
        summary.Replaced.ShouldBe(1); // same report id, other content (no themes now): replaced, not duplicated
        engine.Search(new SearchRequest("theme:interaction")).Results!.Total.ShouldBe(0);
        index.Stats.Reports.ShouldBe(1);
    }

    /// <summary>Tags statements containing a word with one theme; claims everything is a measure (the parser kind must win).</summary>
    private sealed class WordClassifier(string word, string theme) : IStatementClassifier
    {
        public StatementClassification Classify(string statementText) => new(
            StatementKind.Measure,
            statementText.Contains(word) ? [theme] : [],
            new Dictionary<string, double> { [theme] = statementText.Contains(word) ? 1 : 0 },
            1);
    }

    private sealed class ThrowingClassifier : IStatementClassifier
    {
        public StatementClassification Classify(string statementText) => throw new InvalidOperationException("model file damaged");
    }
}
