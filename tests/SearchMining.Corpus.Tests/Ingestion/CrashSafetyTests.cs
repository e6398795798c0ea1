using System.Diagnostics;
using SearchMining.Corpus.Storage;
using SearchMining.Corpus.Tests.Fixtures;
using SearchMining.Corpus.Tests.Processes;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;
using SearchMining.Tests.Shared;
using Shouldly;
using Xunit.Abstractions;

namespace SearchMining.Corpus.Tests.Ingestion;

/// <summary>Kills a real `searchmining index` child process (kill -9) mid-ingest, then runs it again.</summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int BatchSize = 4;
    private const int Copies = 3;
    private readonly TempFolder _corpus = new("smidx-corpus");
    private readonly TempFolder _index = new("smidx-crash");

    public void Dispose()
    {
        _corpus.Dispose();
        _index.Dispose();
    }

    [Fact]
    public async Task Killing_the_indexer_mid_ingest_keeps_every_committed_report_and_the_next_run_completes_without_duplicates()
    {
        var files = CopyCorpus();
        using (var child = Process.Start(CliProcess.StartInfo(["index", _corpus.Path, "--index", _index.Path, "--batch-size", BatchSize.ToString(), "--no-classifier"]))!)
        {
            var committedLine = await WaitForFirstCommitAsync(child);
            child.HasExited.ShouldBeFalse("the indexer finished before it could be killed; the corpus copy is too small");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
            output.WriteLine($"killed after '{committedLine}'");
        }

        int committed;
        using (var index = ReportIndex.Open(new ReportIndexOptions(_index.Path, SharedSegmenter.Analyzers()) { ReadOnly = true }))
        {
            var stats = index.Stats;
            committed = stats.Reports;
            stats.SchemaVersion.ShouldBe(IndexSchema.Version);
            stats.Reports.ShouldBeGreaterThanOrEqualTo(BatchSize);
            stats.Reports.ShouldBeLessThan(files.Count);
            (stats.Reports % BatchSize).ShouldBe(0); // only whole batches were committed

            // every committed report is complete: its report document and all its section documents
            var listed = index.ListReports(limit: 1000).Items;
            listed.Count.ShouldBe(stats.Reports);
            foreach (var summary in listed)
            {
                var report = index.GetReport(summary.Id);
                report.ShouldNotBeNull();
                summary.Sections.ShouldBe(report.Sections.Count);
            }
            stats.Sections.ShouldBe(listed.Sum(s => s.Sections));
            new SectionSearchEngine(index).Search(new SearchRequest("\"政府信息公开\"")).Succeeded.ShouldBeTrue();
        }
        using (var store = OriginalStore.Open(_index.Path))
            store.Count().Kept.ShouldBeGreaterThanOrEqualTo(committed); // kept before indexed: at least every committed report's original

        var again = await CliProcess.RunAsync("index", _corpus.Path, "--index", _index.Path, "--batch-size", BatchSize.ToString(), "--no-classifier");

        again.ExitCode.ShouldBe(0, again.ToString());
        again.Output.ShouldContain($"{files.Count} files:");
        again.Output.ShouldContain($": {files.Count} reports,");
        again.Output.ShouldContain($"{files.Count} originals kept");
        using var final = ReportIndex.Open(new ReportIndexOptions(_index.Path, SharedSegmenter.Analyzers()) { ReadOnly = true });
        final.ReportIds().Count.ShouldBe(files.Count);
        final.ListReports(limit: 1000).Total.ShouldBe(files.Count); // one report document per report: none duplicated
    }

    private List<string> CopyCorpus()
    {
        var files = new List<string>();
        var samples = Directory.GetFiles(RepoPaths.SampleReports, "*.txt").Order(StringComparer.Ordinal);
        for (var copy = 0; copy < Copies; copy++)
        {
            foreach (var sample in samples)
            {
                var target = Path.Combine(_corpus.Path, $"{copy:00}_{Path.GetFileName(sample)}");
                File.WriteAllText(target, File.ReadAllText(sample) + $"\n\n（本文件为第 {copy + 1} 份副本）\n");
                files.Add(target);
            }
        }
        return files;
    }

    private static async Task<string> WaitForFirstCommitAsync(Process child)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (await child.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            if (line.StartsWith("committed ", StringComparison.Ordinal)) return line;
        throw new InvalidOperationException("the indexer ended without committing: " + await child.StandardError.ReadToEndAsync(timeout.Token));
    }
}
