using System.Diagnostics;
using SearchMining.Corpus.Ingestion;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;
using SearchMining.Corpus.Tests.Fixtures;
using SearchMining.Tests.Shared;
using Shouldly;
using Xunit.Abstractions;

namespace SearchMining.Corpus.Tests.Ingestion;

/// <summary>Kills a real `searchmining index` child process mid-ingest and reopens what it left behind.</summary>
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
    public async Task Killing_the_indexer_mid_ingest_leaves_the_last_commit_complete_and_readable()
    {
        var files = CopyCorpus();
        using var child = StartIndexer();
        var committedLine = await WaitForFirstCommitAsync(child);
        child.HasExited.ShouldBeFalse("the indexer finished before it could be killed; the corpus copy is too small");
        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync();
        output.WriteLine($"killed after '{committedLine}'");

        using (var index = ReportIndex.Open(new ReportIndexOptions(_index.Path, SharedSegmenter.Analyzers())))
        {
            var stats = index.Stats;
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

            // and ingesting again completes the job without duplicates
            var ingestor = new ReportIngestor(index, new Core.Ingestion.ReportFileReader(), batchSize: 50);
            var summaryAfter = await ingestor.IngestFilesAsync(files);
            summaryAfter.Unchanged.ShouldBe(stats.Reports);
            index.Stats.Reports.ShouldBe(files.Count);
        }
    }

    private List<string> CopyCorpus()
    {
        var files = new List<string>();
        var samples = ReportIngestor.FindReportFiles(RepoPaths.SampleReports);
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

    private Process StartIndexer()
    {
        var cli = CliPath();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "index", _corpus.Path, "--index", _index.Path, "--batch-size", BatchSize.ToString() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(start) ?? throw new InvalidOperationException("could not start " + cli);
    }

    private static async Task<string> WaitForFirstCommitAsync(Process child)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await child.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            if (line.StartsWith("committed ", StringComparison.Ordinal)) return line;
        throw new InvalidOperationException("the indexer ended without committing: " + await child.StandardError.ReadToEndAsync());
    }

    /// <summary>searchmining.dll of the same configuration as this test assembly.</summary>
    private static string CliPath()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var path = Path.Combine(RepoPaths.Root, "src", "SearchMining.Cli", "bin", configuration, "net10.0", "searchmining.dll");
        File.Exists(path).ShouldBeTrue($"{path} is built before the tests (project reference)");
        return path;
    }
}
