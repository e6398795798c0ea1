using SearchMining.Core.Domain;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;

namespace SearchMining.Index.Tests.Fixtures;

/// <summary>The sample corpus parsed and indexed once per test collection, in a temp folder.</summary>
public sealed class SampleIndexFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new("smidx-sample");

    public TestAnalyzers Analyzers { get; } = new();
    public IReadOnlyList<Report> Reports { get; private set; } = [];
    public ReportIndex Index { get; private set; } = null!;
    public SectionSearchEngine Engine { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Reports = await SampleCorpus.ParseAsync();
        Index = ReportIndex.Open(new ReportIndexOptions(_folder.Path, Analyzers.Create()));
        foreach (var report in Reports) await Index.UpsertAsync(report);
        await Index.CommitAsync();
        Engine = new SectionSearchEngine(Index);
    }

    public Report Report(string sourceFilePrefix) => Reports.Single(r => r.SourceFile.StartsWith(sourceFilePrefix, StringComparison.Ordinal));

    public SearchResults Search(SearchRequest request)
    {
        var outcome = Engine.Search(request);
        if (outcome.Error is not null) throw new InvalidOperationException(outcome.Error.Message);
        return outcome.Results!;
    }

    public SearchResults Search(string query, int size = 100) => Search(new SearchRequest(query) { Size = size });

    public Task DisposeAsync()
    {
        Index.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SampleIndexCollection : ICollectionFixture<SampleIndexFixture>
{
    public const string Name = "sample index";
}
