using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchMining.Analysis.Jieba;
using SearchMining.Core.Ingestion;
using SearchMining.Core.Parsing;
using SearchMining.Corpus;
using SearchMining.Corpus.Storage;
using SearchMining.Index.Storage.Codecs;
using SearchMining.Scale.Measurement;
using Shouldly;
using TestPaths = SearchMining.Tests.Shared.RepoPaths;

namespace SearchMining.Scale.Tests;

/// <summary>
/// What reading section texts from the kept originals would rely on (docs/SCALING.md "Round 18 (size)"), on the bundled
/// reports ingested as the service ingests them: every report's original extracts to its indexed source text and every
/// section with text is its runs copied from that source plus the characters no run covers — and the report id does not
/// say which original a report was parsed from (two originals whose texts differ only in whitespace share it).
/// </summary>
public sealed class SectionSourcesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sm-section-sources-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Every_bundled_reports_section_text_is_rebuilt_exactly_from_its_kept_original()
    {
        var files = System.IO.Directory.GetFiles(TestPaths.SampleReports, "*.txt").Order(StringComparer.Ordinal).ToList();
        using (var corpus = OpenCorpus())
            (await corpus.IngestFilesAsync(files)).Errors.ShouldBeEmpty();
        var reader = new ReportFileReader();
        var withText = 0;
        foreach (var file in files)
            withText += (await reader.ReadAsync(file, CancellationToken.None)).Report!.Sections.Count(s => s.Text.Length > 0);

        var sources = Measure();

        sources.Reports.ShouldBe(files.Count);
        sources.SourcesExact.ShouldBe(files.Count);
        sources.WithTextNotRebuilt.ShouldBe(0);
        sources.Rebuildable.ShouldBe(withText);
    }

    [Fact]
    public async Task A_whitespace_variant_keeps_a_second_original_under_the_same_report_id_whose_text_is_not_the_indexed_one()
    {
        var file = TestPaths.SampleReport("002_huaian_shizhengfu_2024.txt");
        var first = await File.ReadAllBytesAsync(file);
        var variant = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(first).Replace("\n", " \n", StringComparison.Ordinal));
        string reportId;
        using (var corpus = OpenCorpus())
        {
            var one = await corpus.IngestAsync(new MemoryStream(first), Path.GetFileName(file));
            var two = await corpus.IngestAsync(new MemoryStream(variant), Path.GetFileName(file));
            reportId = one.Report!.Id;
            two.Report!.Id.ShouldBe(reportId);
            two.Report.SourceText.ShouldNotBe(one.Report.SourceText);
            var kept = corpus.Originals!.List().Where(o => o.ReportId == reportId).ToList();
            kept.Count.ShouldBe(2);
            var indexed = corpus.Index.GetReport(reportId)!.SourceText;
            indexed.ShouldBe(two.Report.SourceText);
            Source(corpus.Originals.ReadContent(kept[0].Sequence)!).ShouldNotBe(indexed);
            Source(corpus.Originals.ReadContent(kept[1].Sequence)!).ShouldBe(indexed);
        }

        var sources = Measure(); // the newest original of the id
        sources.SourcesExact.ShouldBe(1);
        sources.WithTextNotRebuilt.ShouldBe(0);
    }

    private static string Source(byte[] bytes) => SourceTextNormalizer.Normalize(new TextDecoder().Decode(bytes).Text!);

    private ReportCorpus OpenCorpus() => new(new CorpusOptions
    {
        IndexPath = _folder,
        UseClassifier = false,
        IngestBundledReports = false,
        ModelPath = Path.Combine(TestPaths.Root, CorpusOptions.DefaultModelPath),
    }, JiebaSegmenter.CreateDefault());

    private SectionSources Measure()
    {
        IndexCodec.EnsureRegistered();
        var sources = new SectionSources();
        using var store = OriginalStore.Open(_folder);
        using var directory = FSDirectory.Open(_folder);
        using var reader = DirectoryReader.Open(directory);
        sources.Read(reader, store, 0);
        return sources;
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder)) System.IO.Directory.Delete(_folder, recursive: true);
    }
}
