using BenchmarkDotNet.Attributes;
using SearchMining.Analysis.Evaluation;

namespace SearchMining.Benchmarks.Analysis;

/// <summary>
/// The segmenters ours is compared with, on the same texts and line by line as <see cref="SegmenterBenchmarks"/>: the
/// jieba.NET package (the design card's JiebaNet segmenter, its own dictionary) and Lucene.Net's SmartCn tokenizer.
/// Run: dotnet run -c Release --project bench/SearchMining.Benchmarks -- --filter '*SegmenterBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(AnalysisBenchmarkConfig))]
public class OtherSegmenterBenchmarks
{
    private JiebaNet.Segmenter.JiebaSegmenter _jiebaNet = null!;
    private string[] _lines = [];

    [Params(BenchmarkTexts.Corpus, BenchmarkTexts.Pku)]
    public string Text { get; set; } = BenchmarkTexts.Corpus;

    [GlobalSetup]
    public void Setup()
    {
        JiebaNet.Segmenter.ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "jiebanet");
        _jiebaNet = new JiebaNet.Segmenter.JiebaSegmenter();
        _lines = BenchmarkTexts.Lines(Text);
        _jiebaNet.Cut(_lines[0]); // loads its dictionary outside the measurement
        ComparisonSegmenters.SmartCn(_lines[0]);
    }

    [Benchmark]
    public int JiebaNetPrecise()
    {
        var count = 0;
        foreach (var line in _lines) count += _jiebaNet.Cut(line, cutAll: false, hmm: true).Count();
        return count;
    }

    [Benchmark]
    public int JiebaNetPreciseNoHmm()
    {
        var count = 0;
        foreach (var line in _lines) count += _jiebaNet.Cut(line, cutAll: false, hmm: false).Count();
        return count;
    }

    [Benchmark]
    public int SmartCn()
    {
        var count = 0;
        foreach (var line in _lines) count += ComparisonSegmenters.SmartCn(line).Count;
        return count;
    }
}
