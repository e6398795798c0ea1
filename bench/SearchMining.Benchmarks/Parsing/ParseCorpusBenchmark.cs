using BenchmarkDotNet.Attributes;
using SearchMining.Core.Ingestion;
using SearchMining.Core.Parsing;

namespace SearchMining.Benchmarks.Parsing;

/// <summary>Time to parse the whole sample corpus (17 reports): from text in memory, and from the files on disk.</summary>
[MemoryDiagnoser]
public class ParseCorpusBenchmark
{
    private readonly ReportParser _parser = new();
    private readonly ReportFileReader _reader = new();
    private IReadOnlyList<string> _files = [];
    private List<(string Name, string Text)> _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        _files = SampleReportFiles.All();
        _texts = _files.Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
    }

    [Benchmark(Description = "Parse 17 reports (text in memory)")]
    public int ParseCorpusText()
    {
        var sections = 0;
        foreach (var (name, text) in _texts)
            sections += _parser.Parse(text, name).Report?.Sections.Count ?? 0;
        return sections;
    }

    [Benchmark(Description = "Read + parse 17 report files")]
    public async Task<int> ReadCorpusFiles()
    {
        var sections = 0;
        foreach (var file in _files)
            sections += (await _reader.ReadAsync(file, CancellationToken.None)).Report?.Sections.Count ?? 0;
        return sections;
    }
}
