using BenchmarkDotNet.Attributes;
using SearchMining.Core.Checks.Evidence;
using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Domain;
using SearchMining.Core.Parsing.Tables;

namespace SearchMining.Benchmarks.Checks;

/// <summary>
/// <see cref="Cells.LabelOf"/> (the derived store leaves a table cell's label out and restores it on read: once per stored
/// cell at ingest and on every read of a check page) over every cell id of tables 三 and 四, against the walk over the enums
/// and the row catalogue it replaced (round 12; the baseline below is that code, kept here only to measure it).
/// </summary>
[MemoryDiagnoser]
public class CellLabelBenchmark
{
    private (string Table, string Row, string Column)[] _cells = [];

    [GlobalSetup]
    public void Setup() => _cells =
    [
        .. ApplicationRowCatalog.Any.Select(r => r.Code).Distinct(StringComparer.Ordinal)
            .SelectMany(code => Enum.GetValues<ApplicantType>().Select(t => (TableIds.Applications, code, t.ToString()))),
        .. ReviewCells.Groups.SelectMany(g => Enum.GetValues<ReviewColumn>().Select(c => (TableIds.ReviewLitigation, ReviewCells.Id(g), ReviewCells.Id(c)))),
    ];

    [Benchmark(Baseline = true, Description = "LabelOf before round 12: enum and catalogue walks, every cell id")]
    public int Walk() => _cells.Sum(c => WalkLabelOf(c.Table, c.Row, c.Column)?.Length ?? 0);

    [Benchmark(Description = "LabelOf: labels built once, every cell id")]
    public int Lookup() => _cells.Sum(c => Cells.LabelOf(c.Table, c.Row, c.Column)?.Length ?? 0);

    private static string? WalkLabelOf(string? table, string? row, string? column)
    {
        if (row is null || column is null) return null;
        if (table == TableIds.Applications)
        {
            foreach (var type in Enum.GetValues<ApplicantType>())
            {
                if (string.Equals(type.ToString(), column, StringComparison.Ordinal))
                    return $"表三 {ApplicationRowCatalog.Any.FirstOrDefault(d => d.Code == row)?.Label ?? row} × {ApplicantColumns.Label(type)}";
            }
            return null;
        }
        if (table != TableIds.ReviewLitigation) return null;
        foreach (var group in ReviewCells.Groups)
        {
            if (!string.Equals(ReviewCells.Id(group), row, StringComparison.Ordinal)) continue;
            foreach (var result in Enum.GetValues<ReviewColumn>())
            {
                if (string.Equals(ReviewCells.Id(result), column, StringComparison.Ordinal)) return $"表四 {ReviewCells.Label(group)} × {ReviewCells.Label(result)}";
            }
        }
        return null;
    }
}
