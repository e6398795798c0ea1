using SearchMining.Analysis.Jieba;
using SearchMining.Analysis.Lucene;

namespace SearchMining.Index.Analysis;

/// <summary>Named analyzer sets the index can be built with.</summary>
public static class IndexAnalyzerSets
{
    /// <summary>Name of the production set: jieba search mode (index) / precise mode (query) words + CJK bigrams.</summary>
    public const string Jieba = "jieba+bigram";

    /// <summary>The production set (see docs/RELEVANCE.md for why), over the bundled dictionaries.</summary>
    public static IndexAnalyzers CreateDefault() => CreateJieba(JiebaSegmenter.CreateDefault());

    /// <summary>The production set over a given segmenter (share one segmenter between indexes: it holds the dictionary).</summary>
    public static IndexAnalyzers CreateJieba(JiebaSegmenter segmenter)
    {
        var registry = AnalyzerRegistry.CreateDefault(segmenter);
        return new IndexAnalyzers(Jieba,
            registry.Find(AnalyzerNames.Jieba)!,
            registry.Find(AnalyzerNames.JiebaQuery)!,
            registry.Find(AnalyzerNames.Bigram)!,
            registry);
    }
}
