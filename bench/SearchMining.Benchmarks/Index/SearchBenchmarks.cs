using BenchmarkDotNet.Attributes;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Index.Analysis;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;
using SearchMining.Benchmarks.Parsing;

namespace SearchMining.Benchmarks.Index;

/// <summary>Search latency on the sample-corpus index (95 sections): query parse + search + facets + snippets, as the API runs it.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private string _folder = "";
    private ReportIndex _index = null!;
    private SectionSearchEngine _engine = null!;
    private string _sectionId = "";

    [GlobalSetup]
    public async Task Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"smbench-{Guid.NewGuid():N}");
        _index = ReportIndex.Open(new ReportIndexOptions(_folder, IndexAnalyzerSets.CreateDefault()));
        var reader = new ReportFileReader();
        foreach (var file in SampleReportFiles.All())
            if ((await reader.ReadAsync(file, CancellationToken.None)).Report is { } report) await _index.UpsertAsync(report);
        await _index.CommitAsync();
        _engine = new SectionSearchEngine(_index);
        _sectionId = _engine.Search(new SearchRequest("政策解读形式单一") { Size = 1 }).Results!.Hits[0].SectionId;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "words 人员培训 (top 10, facets, snippets)")]
    public int Words() => _engine.Search(new SearchRequest("人员培训")).Results!.Total;

    [Benchmark(Description = "phrase + filters \"政务新媒体\" year:2022..2024 -培训")]
    public int PhraseAndFilters() => _engine.Search(new SearchRequest("\"政务新媒体\" year:2022..2024 -培训")).Results!.Total;

    [Benchmark(Description = "page 3 by cursor (size 10)")]
    public int CursorPage()
    {
        var request = new SearchRequest("公开") { IncludeFacets = false };
        var page = _engine.Search(request).Results!;
        page = _engine.Search(request with { Cursor = page.NextCursor }).Results!;
        return _engine.Search(request with { Cursor = page.NextCursor }).Results!.Hits.Count;
    }

    [Benchmark(Description = "grouped by report")]
    public int Grouped() => _engine.Search(new SearchRequest("政策解读") { GroupByReport = true }).Results!.Groups.Count;

    [Benchmark(Description = "more-like-this")]
    public int Similar() => _engine.Similar(_sectionId).Results!.Hits.Count;
}
