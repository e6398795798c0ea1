using BenchmarkDotNet.Attributes;
using SearchMining.Analysis.Jieba;

namespace SearchMining.Benchmarks.Analysis;

/// <summary>
/// Time and allocations to load the bundled dictionary + HMM, and to build a default segmenter (adds the domain
/// user dictionary), from the text and from the binary trie cache. Run: dotnet run -c Release --project bench/SearchMining.Benchmarks -- --filter '*DictionaryLoadBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(AnalysisBenchmarkConfig))]
public class DictionaryLoadBenchmarks
{
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "searchmining-bench-cache");

    [GlobalSetup]
    public void WarmCache() => JiebaDictionary.LoadDefault(_cache);

    [Benchmark(Description = "LoadDefault, parse dict.txt (no cache)")]
    public JiebaDictionary LoadDictionaryFromText() => JiebaDictionary.LoadDefault(cacheDirectory: null);

    [Benchmark(Description = "LoadDefault, binary trie cache")]
    public JiebaDictionary LoadDictionaryFromCache() => JiebaDictionary.LoadDefault(_cache);

    [Benchmark]
    public JiebaSegmenter CreateDefaultSegmenter() => JiebaSegmenter.CreateDefault();
}
