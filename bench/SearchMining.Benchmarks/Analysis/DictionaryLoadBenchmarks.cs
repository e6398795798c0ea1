using BenchmarkDotNet.Attributes;
using SearchMining.Analysis.Jieba;

namespace SearchMining.Benchmarks.Analysis;

/// <summary>
/// Time and allocations to load the bundled dictionary + HMM, and to build a default segmenter (adds the domain
/// user dictionary). Run: dotnet run -c Release --project bench/SearchMining.Benchmarks -- --filter '*DictionaryLoadBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class DictionaryLoadBenchmarks
{
    [Benchmark]
    public JiebaDictionary LoadDictionary() => JiebaDictionary.LoadDefault();

    [Benchmark]
    public JiebaSegmenter CreateDefaultSegmenter() => JiebaSegmenter.CreateDefault();
}
