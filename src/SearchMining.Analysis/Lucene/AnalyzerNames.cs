namespace SearchMining.Analysis.Lucene;

/// <summary>Names under which <see cref="AnalyzerRegistry"/> knows its analyzers.</summary>
public static class AnalyzerNames
{
    /// <summary>Jieba search mode + stop words: for indexing word fields.</summary>
    public const string Jieba = "jieba";

    /// <summary>Jieba precise mode + stop words: for parsing queries against "jieba" fields.</summary>
    public const string JiebaQuery = "jieba-query";

    /// <summary>CJK bigrams: index and query time of the recall field.</summary>
    public const string Bigram = "bigram";

    /// <summary>Lucene's SmartCn (HHMM) segmentation with the domain dictionary on top: index and query time.</summary>
    public const string SmartCn = "smartcn";

    /// <summary>Lucene's SmartCn segmentation alone (for comparison).</summary>
    public const string SmartCnPlain = "smartcn-plain";
}
