using SearchMining.Analysis.Lucene;

namespace SearchMining.Analysis.Tests.Lucene;

public sealed class AnalyzerFixture : IDisposable
{
    public AnalyzerFixture(JiebaFixture jieba)
    {
        Jieba = jieba;
        Registry = AnalyzerRegistry.CreateDefault(jieba.Default);
    }

    public JiebaFixture Jieba { get; }

    public AnalyzerRegistry Registry { get; }

    public void Dispose() => Registry.Dispose();
}
