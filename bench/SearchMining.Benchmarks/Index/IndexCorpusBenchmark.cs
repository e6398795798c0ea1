using BenchmarkDotNet.Attributes;
using SearchMining.Benchmarks.Parsing;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Index.Analysis;
using SearchMining.Index.Storage;
using SearchMining.Analysis.Jieba;

namespace SearchMining.Benchmarks.Index;

/// <summary>Indexing the parsed sample corpus (17 reports, 95 sections + 113 subsections) into a fresh index, with one commit.</summary>
[MemoryDiagnoser]
public class IndexCorpusBenchmark
{
    private readonly List<Report> _reports = [];
    private JiebaSegmenter _segmenter = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _segmenter = JiebaSegmenter.CreateDefault();
        var reader = new ReportFileReader();
        foreach (var file in SampleReportFiles.All())
            if ((await reader.ReadAsync(file, CancellationToken.None)).Report is { } report) _reports.Add(report);
    }

    [Benchmark(Description = "Upsert 17 parsed reports + commit")]
    public async Task<int> IndexCorpus()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"smbench-{Guid.NewGuid():N}");
        try
        {
            using var index = ReportIndex.Open(new ReportIndexOptions(folder, IndexAnalyzerSets.CreateJieba(_segmenter)));
            foreach (var report in _reports) await index.UpsertAsync(report);
            await index.CommitAsync();
            return index.Stats.Sections;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
