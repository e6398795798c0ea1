using BenchmarkDotNet.Attributes;
using SearchMining.Analysis;
using SearchMining.Analysis.Jieba;

namespace SearchMining.Benchmarks.Analysis;

/// <summary>
/// Segmentation throughput on one core, line by line (as the jieba-rs reference was measured): offsets-only API
/// (what the Lucene tokenizer uses) and the WordToken API (one string per word).
/// Run: dotnet run -c Release --project bench/SearchMining.Benchmarks -- --filter '*SegmenterBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(AnalysisBenchmarkConfig))]
public class SegmenterBenchmarks
{
    private JiebaSegmenter _hmm = null!;
    private JiebaSegmenter _noHmm = null!;
    private string[] _lines = [];
    private readonly List<TokenSpan> _spans = new(4096);

    [Params(BenchmarkTexts.Corpus, BenchmarkTexts.Pku)]
    public string Text { get; set; } = BenchmarkTexts.Corpus;

    [GlobalSetup]
    public void Setup()
    {
        var dictionary = JiebaDictionary.LoadDefault();
        _hmm = JiebaSegmenter.CreateDefault(dictionary);
        _noHmm = JiebaSegmenter.CreateDefault(dictionary, new JiebaSegmenterOptions { UseHmm = false });
        _lines = BenchmarkTexts.Lines(Text);
    }

    [Benchmark(Baseline = true)]
    public int PreciseSpans() => Spans(_hmm, SegmentationMode.Precise);

    [Benchmark]
    public int PreciseSpansNoHmm() => Spans(_noHmm, SegmentationMode.Precise);

    [Benchmark]
    public int SearchSpans() => Spans(_hmm, SegmentationMode.Search);

    [Benchmark]
    public int PreciseWordTokens()
    {
        var count = 0;
        foreach (var line in _lines)
            count += _hmm.Segment(line, SegmentationMode.Precise).Count;
        return count;
    }

    private int Spans(JiebaSegmenter segmenter, SegmentationMode mode)
    {
        var count = 0;
        foreach (var line in _lines)
        {
            _spans.Clear();
            segmenter.Segment(line.AsSpan(), mode, _spans);
            count += _spans.Count;
        }
        return count;
    }
}
