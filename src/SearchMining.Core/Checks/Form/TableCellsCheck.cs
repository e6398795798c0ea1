using SearchMining.Core.Checks.Evidence;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Form;

/// <summary>
/// Per table (二, 三, 四): the cells counted by kind — numbers, 0, blank, "/", "-" — kept apart. A blank cell does not
/// say whether the answer is 0 or unknown, so more blank cells than <see cref="CheckOptions.MaxBlankCells"/> fail.
/// </summary>
public sealed class TableCellsCheck(CheckOptions? options = null) : IReportCheck
{
    public const string Rule = "check-table-cells";

    private readonly CheckOptions _options = options ?? CheckOptions.Default;

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        var tables = new List<(string Name, List<(TableCell Cell, CheckEvidence Evidence)> Cells)>();
        var t = report.Tables;
        if (t.Proactive.Status is TableStatus.Parsed or TableStatus.Partial)
            tables.Add(("表二", [.. t.Proactive.Rows.SelectMany(r => r.Cells.Select(c => (c.Value, Cells.Of(r, c.Key))))]));
        if (t.Applications.Status is TableStatus.Parsed or TableStatus.Partial)
            tables.Add(("表三", [.. t.Applications.Rows.SelectMany(r => r.Cells.Select(c => (c.Value, Cells.Of(r, c.Key))))]));
        if (t.ReviewLitigation.Status == TableStatus.Parsed && t.ReviewLitigation.Cells.Count == ReviewCells.Groups.Count * 5)
            tables.Add(("表四", [.. ReviewCells.Groups.SelectMany(g => Enum.GetValues<ReviewColumn>().Select(c => (t.ReviewLitigation.Cells[ReviewCells.Index(g, c)], Cells.Of(t.ReviewLitigation, g, c))))]));
        if (tables.Count == 0)
        {
            yield return new(Rule, CheckStatus.NotAssessable, "No statistical table was read.");
            yield break;
        }
        foreach (var (name, cells) in tables)
        {
            var counts = cells.GroupBy(c => CellKinds.Of(c.Cell)).ToDictionary(g => g.Key, g => g.Count());
            var blanks = counts.GetValueOrDefault(CellKind.Blank);
            var summary = $"{name}: {cells.Count} 格 — " + string.Join(", ", Enum.GetValues<CellKind>().Where(counts.ContainsKey).Select(k => $"{CellKinds.Name(k)} {counts[k]}"));
            var status = blanks > _options.MaxBlankCells ? CheckStatus.Fail : CheckStatus.Pass;
            yield return new CheckResult(Rule, status, status == CheckStatus.Fail ? $"空白单元格 {blanks} 个，超过上限 {_options.MaxBlankCells} — {summary}" : summary)
            {
                Subject = name,
                Score = blanks,
                Items = [.. cells.Where(c => CellKinds.Of(c.Cell) is CellKind.Blank or CellKind.Slash or CellKind.Dash or CellKind.Text).Select(c => c.Evidence)],
            };
        }
    }
}
