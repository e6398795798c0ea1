using SearchMining.Analysis.Jieba;
using SearchMining.Index.Analysis;

namespace SearchMining.Index.Tests.Fixtures;

/// <summary>Production analyzer sets over one shared segmenter (the dictionary is loaded once per owner).</summary>
public sealed class TestAnalyzers
{
    private readonly Lazy<JiebaSegmenter> _segmenter = new(() => JiebaSegmenter.CreateDefault());

    public IndexAnalyzers Create() => IndexAnalyzerSets.CreateJieba(_segmenter.Value);
}
