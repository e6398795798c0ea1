using SearchMining.Scale.Generation;
using TestPaths = SearchMining.Tests.Shared.RepoPaths;

namespace SearchMining.Scale.Tests;

/// <summary>The bundled sample reports loaded once as generator sources (shared by the tests of a class).</summary>
public sealed class SourceCorpusFixture
{
    public SourceCorpusFixture() => Corpus = SourceCorpus.LoadAsync([TestPaths.SampleReports]).GetAwaiter().GetResult();

    internal SourceCorpus Corpus { get; }
}
