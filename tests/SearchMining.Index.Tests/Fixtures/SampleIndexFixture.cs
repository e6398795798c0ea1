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

    public SearchResults Search(string query, bool expand, int size = 100) => Search(new SearchRequest(query) { Size = size, Expand = expand });

    /// <summary>Every section the engine indexes, as parsed (preambles included).</summary>
    public IEnumerable<ReportSection> AllSections => Reports.SelectMany(r => r.SearchableSections());

    /// <summary>How many sections hold every one of the words as written (case-insensitive): expected counts from the texts.</summary>
    public int Holding(params string[] words) => AllSections.Count(s => words.All(w => s.Text.Contains(w, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The parsed text of the section a hit points at.</summary>
    public string TextOf(SearchHit hit) =>
        Reports.Single(r => r.Id == hit.ReportId).SearchableSections().Single(s => hit.SectionId.EndsWith("#" + s.Ordinal, StringComparison.Ordinal)).Text;

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
