using SearchMining.Index.Storage;

namespace SearchMining.Index.Tests.Fixtures;

/// <summary>The sample reports indexed in four commits: four segments (too few for the merge policy to merge).</summary>
public sealed class SegmentedIndexFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new("smidx-segments");
    private readonly TestAnalyzers _analyzers = new();

    public ReportIndex Index { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var reports = await SampleCorpus.ParseAsync();
        Index = ReportIndex.Open(new ReportIndexOptions(_folder.Path, _analyzers.Create()));
        var part = (reports.Count + 3) / 4;
        foreach (var chunk in reports.Chunk(part))
        {
            foreach (var report in chunk) await Index.UpsertAsync(report);
            await Index.CommitAsync();
        }
    }

    public Task DisposeAsync()
    {
        Index.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
