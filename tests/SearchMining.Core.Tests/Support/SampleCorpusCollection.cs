namespace SearchMining.Core.Tests.Support;

/// <summary>Shares one parsed <see cref="SampleCorpus"/> between the corpus test classes.</summary>
[CollectionDefinition(Name)]
public sealed class SampleCorpusCollection : ICollectionFixture<SampleCorpus>
{
    public const string Name = "sample corpus";
}
