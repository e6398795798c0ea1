using SearchMining.Analysis.Jieba;
using SearchMining.Index.Analysis;

namespace SearchMining.Corpus.Tests.Fixtures;

/// <summary>One segmenter for the whole test assembly (its dictionary is the expensive part).</summary>
public static class SharedSegmenter
{
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(() => JiebaSegmenter.CreateDefault());

    public static JiebaSegmenter Instance => Segmenter.Value;

    /// <summary>The production analyzer set over the shared segmenter (a new set per index: the index disposes it).</summary>
    public static IndexAnalyzers Analyzers() => IndexAnalyzerSets.CreateJieba(Instance);
}
