namespace SearchMining.Index.Analysis;

/// <summary>Named analyzer sets the index can be built with.</summary>
public static class IndexAnalyzerSets
{
    /// <summary>The production set (see docs/RELEVANCE.md for why).</summary>
    public static IndexAnalyzers CreateDefault() => IndexAnalyzers.CreateLuceneBaseline();
}
