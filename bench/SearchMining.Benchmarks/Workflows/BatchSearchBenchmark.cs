using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SearchMining.Analysis.Jieba;
using SearchMining.Corpus;
using SearchMining.Corpus.Ingestion;
using SearchMining.Workflows.Batch;

using SearchMining.Core.Corpus;

namespace SearchMining.Benchmarks.Workflows;

/// <summary>
/// A batch of 200 queries as a researcher writes it — "check 200 agencies": a CSV with one row per agency of the corpus
/// (cycled) and a topic word, plus year ranges and phrases — read, answered (counts + top 3 hits with snippets) and
/// written as CSV, over every bundled report (samples/reports and data/corpus). Target: under 10 s.
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
public class BatchSearchBenchmark
{
    public const int Queries = 200;

    /// <summary>In process (no generated project to build on a busy machine), wall clock, one warm-up and five measured batches.</summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithId("InProcess"));
    }
    private static readonly string[] Topics = ["政策解读", "培训", "政务新媒体", "\"依申请公开\"", "网站", "主动公开 year:2019..2024", "信息公开 section:problems", "监督考核", "公开平台", "行政复议"];

    private string _folder = "";
    private ReportCorpus _corpus = null!;
    private byte[] _batch = [];

    public int Reports { get; private set; }

    [GlobalSetup]
    public async Task Setup()
    {
        var root = Repository.Root();
        _folder = Path.Combine(Path.GetTempPath(), $"smbench-batch-{Guid.NewGuid():N}");
        _corpus = new ReportCorpus(new CorpusOptions { IndexPath = _folder, UseClassifier = false, IngestBundledReports = false, BatchSize = CorpusOptions.BulkBatchSize },
            JiebaSegmenter.CreateDefault());
        var files = ReportIngestor.FindReportFiles(Path.Combine(root, CorpusFolders.Samples))
            .Concat(ReportIngestor.FindReportFiles(Path.Combine(root, "data", "corpus")))
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)).ToList();
        await _corpus.IngestFilesAsync(files);
        var agencies = _corpus.Reports.All().Select(r => r.Agency).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        Reports = _corpus.Stats.Reports;
        _batch = Encoding.UTF8.GetBytes(BuildCsv(agencies));
        Console.WriteLine($"// batch benchmark: {Reports} reports, {_corpus.Stats.Sections} sections, {agencies.Count} agencies, {Queries} queries");
    }

    /// <summary>200 rows: agency i (cycled) × topic i (cycled); every 4th row without the agency filter (a corpus-wide question).</summary>
    public static string BuildCsv(IReadOnlyList<string> agencies)
    {
        var csv = new StringBuilder("label,q,agency\n");
        for (var i = 0; i < Queries; i++)
        {
            var agency = i % 4 == 3 || agencies.Count == 0 ? "" : agencies[i % agencies.Count];
            var topic = Topics[i % Topics.Length];
            csv.Append(i + 1).Append(",\"").Append(topic.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\",\"").Append(agency).Append("\"\n");
        }
        return csv.ToString();
    }

    [Benchmark(Description = "200-query batch: read CSV, answer (counts + top 3), write CSV")]
    public async Task<int> Batch()
    {
        var (queries, error) = BatchFileReader.Read(_batch, "agencies.csv", 1000);
        if (error is not null) throw new InvalidOperationException(error.Message);
        var results = new BatchRunner(_corpus.Search).RunAll(queries, top: 3, baseUrl: "http://localhost:5000");
        await BatchCsvWriter.WriteAsync(TextWriter.Null, results);
        return results.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _corpus.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
