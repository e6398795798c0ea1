using SearchMining.Scale.Generation;
using Shouldly;

namespace SearchMining.Scale.Tests;

public sealed class CorpusWriterTests(SourceCorpusFixture sources) : IClassFixture<SourceCorpusFixture>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"scale-writer-{Guid.NewGuid():N}");

    [Fact]
    public void A_smaller_corpus_is_a_prefix_of_a_larger_one_with_a_manifest_and_every_section_exported()
    {
        var writer = new CorpusWriter(new ReportComposer(sources.Corpus, 18));
        var small = writer.Write(Path.Combine(_folder, "small"), 12, Path.Combine(_folder, "small.tsv"));
        var large = writer.Write(Path.Combine(_folder, "large"), 30, null);

        small.Reports.ShouldBe(12);
        small.ParseFailures.ShouldBe(0);
        small.Sections.ShouldBe(12 * 6);
        var manifest = File.ReadAllLines(Path.Combine(_folder, "small", "manifest.tsv"));
        manifest.Length.ShouldBe(13);
        foreach (var row in manifest.Skip(1).Select(l => l.Split('\t')))
        {
            var small1 = File.ReadAllBytes(Path.Combine(_folder, "small", row[1]));
            small1.ShouldBe(File.ReadAllBytes(Path.Combine(_folder, "large", row[1])));
            small1.Length.ShouldBe(int.Parse(row[8]));
        }
        small.TextBytes.ShouldBe(manifest.Skip(1).Sum(l => long.Parse(l.Split('\t')[8])));
        large.TextBytes.ShouldBeGreaterThan(small.TextBytes);

        var lines = File.ReadAllLines(Path.Combine(_folder, "small.tsv"));
        lines.Length.ShouldBe(small.Sections);
        lines.ShouldAllBe(l => l.Split('\t').Length == 5);
        lines.Select(l => l.Split('\t')[0]).ShouldBeUnique();
        lines.Where(l => l.StartsWith("0#", StringComparison.Ordinal)).Select(l => l.Split('\t')[3]).Distinct().ShouldBe([manifest[1].Split('\t')[2]]);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
