using SearchMining.Core.Corpus;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Mining.Distributional;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Mining.Tests.Distributional;

/// <summary>The bigram table learns from dev reports only: no file of a test agency is ever opened.</summary>
public sealed class UnlabelledTextTests
{
    private static readonly CorpusSplit Split = CorpusSplit.ForRepository(RepoPaths.Root);

    [Fact]
    public async Task Train_reads_no_test_split_file_and_every_dev_report()
    {
        var read = new List<string>();
        var files = UnlabelledText.Files(RepoPaths.Root);
        await UnlabelledText.ReadAsync(files, (path, _) =>
        {
            read.Add(path);
            return Task.FromResult(ParseOutcome.Failure(path, ParseErrorKind.Empty, "not parsed in this test"));
        }, CancellationToken.None);

        var corpus = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, CorpusFolders.Collected), "*.txt", SearchOption.AllDirectories).ToList();
        var testFiles = corpus.Where(f => Split.PartOf(f) == CorpusPart.Test).ToList();
        testFiles.Count.ShouldBeGreaterThan(50, "the corpus has test-split reports, so this test can fail");
        read.ShouldNotBeEmpty();
        read.Where(f => Split.PartOf(f) == CorpusPart.Test).ShouldBeEmpty();
        read.ShouldNotContain(f => testFiles.Contains(f));
        read.Count(f => f.StartsWith(Path.Combine(RepoPaths.Root, CorpusFolders.Collected), StringComparison.Ordinal))
            .ShouldBe(corpus.Count(f => Split.PartOf(f) == CorpusPart.Dev));
    }

    [Fact]
    public void A_holdout_folder_not_yet_released_is_never_listed()
    {
        // a scratch repository without samples: one file name (pingtan_jiaotongju hashes to dev) in a blind holdout,
        // two released ones and github/
        var root = Path.Combine(Path.GetTempPath(), "unlabelled-" + Guid.NewGuid().ToString("N"));
        const string name = "h001_pingtan_jiaotongju_2023.txt";
        try
        {
            foreach (var folder in new[] { "holdout99", "holdout", "holdout10", "github" })
            {
                Directory.CreateDirectory(Path.Combine(root, CorpusFolders.Collected, folder));
                File.WriteAllText(Path.Combine(root, CorpusFolders.Collected, folder, name), "x");
            }
            var files = UnlabelledText.Files(root).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).ToList();
            files.ShouldBe([$"data/corpus/github/{name}", $"data/corpus/holdout/{name}", $"data/corpus/holdout10/{name}"]);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Sentences_are_section_five_statements_and_section_one_sentences_of_a_real_report()
    {
        var file = Path.Combine(RepoPaths.Root, CorpusFolders.Samples, "039_pingtan_shiyanqu_2021.txt");
        var outcome = await new ReportFileReader().ReadAsync(file, CancellationToken.None);
        var report = outcome.Report.ShouldNotBeNull();
        var sentences = UnlabelledText.Sentences(report).ToList();
        sentences.ShouldContain(report.Statements[0].Text);
        var one = report.Sections.Single(s => s.Number == "一").Text;
        sentences.Count.ShouldBeGreaterThan(report.Statements.Count);
        sentences.Skip(report.Statements.Count).ShouldAllBe(s => one.Contains(s) && s.Length > 4 && !s.Contains('。'));
    }
}
