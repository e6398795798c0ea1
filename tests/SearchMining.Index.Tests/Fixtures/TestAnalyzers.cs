using SearchMining.Index.Analysis;

namespace SearchMining.Index.Tests.Fixtures;

/// <summary>The analyzers the tests build indexes with (the production default).</summary>
public static class TestAnalyzers
{
    public static IndexAnalyzers Create() => IndexAnalyzerSets.CreateDefault();
}
