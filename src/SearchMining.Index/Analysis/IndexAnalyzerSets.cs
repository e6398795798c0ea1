using SearchMining.Analysis.Jieba;
using SearchMining.Analysis.Lucene;

namespace SearchMining.Index.Analysis;

/// <summary>Named analyzer sets the index can be built with.</summary>
public static class IndexAnalyzerSets
{
    /// <summary>Name of the production set: jieba search mode (index) / precise mode (query) words + CJK bigrams.</summary>
    public const string Jieba = "jieba+bigram" + Folded;

    /// <summary>The jieba set plus a SmartCn word field (with the domain dictionary on top), for the analyzer comparison.</summary>
    public const string JiebaSmartCn = "jieba+bigram+smartcn" + Folded;

    /// <summary>Marks sets that read text through <see cref="FoldingAnalyzer"/> (an index built before the fold must be rebuilt).</summary>
    private const string Folded = "/fold";

    /// <summary>The production set (see docs/RELEVANCE.md for why), over the bundled dictionaries.</summary>
    public static IndexAnalyzers CreateDefault() => CreateJieba(JiebaSegmenter.CreateDefault());

    /// <summary>The production set over a given segmenter (share one segmenter between indexes: it holds the dictionary).</summary>
    public static IndexAnalyzers CreateJieba(JiebaSegmenter segmenter) => Create(segmenter, smartCn: false);

    /// <summary>Jieba, bigram and SmartCn fields (what <c>eval-relevance</c> compares), over a given segmenter.</summary>
    /// <param name="domainWords">SmartCn with the domain dictionary on top (false: SmartCn alone, for the comparison).</param>
    public static IndexAnalyzers CreateWithSmartCn(JiebaSegmenter segmenter, bool domainWords = true) => Create(segmenter, smartCn: true, domainWords);

    private static IndexAnalyzers Create(JiebaSegmenter segmenter, bool smartCn, bool domainWords = true)
    {
        var registry = AnalyzerRegistry.CreateDefault(segmenter);
        // Disposing the owner (the registry) disposes the analyzers; the wrappers hold nothing else.
        return new IndexAnalyzers(smartCn ? JiebaSmartCn + (domainWords ? "" : "-plain") : Jieba,
            new FoldingAnalyzer(registry.Find(AnalyzerNames.Jieba)!),
            new FoldingAnalyzer(registry.Find(AnalyzerNames.JiebaQuery)!),
            new FoldingAnalyzer(registry.Find(AnalyzerNames.Bigram)!),
            registry)
        {
            SmartCn = smartCn ? new FoldingAnalyzer(registry.Find(domainWords ? AnalyzerNames.SmartCn : AnalyzerNames.SmartCnPlain)!) : null,
        };
    }
}
