using System.Collections.Concurrent;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SearchMining.Benchmarks.Analysis;

/// <summary>MB/s (UTF-8 megabytes of the benchmark's "Text" parameter per second of mean time).</summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly ConcurrentDictionary<string, long> _bytes = new();

    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "UTF-8 megabytes segmented per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var text = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Text")?.Value as string;
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (text is null || mean is null or 0)
            return "-";
        var bytes = _bytes.GetOrAdd(text, BenchmarkTexts.Utf8Bytes);
        return bytes == 0 ? "-" : (bytes / 1e6 / (mean.Value / 1e9)).ToString("F1");
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
