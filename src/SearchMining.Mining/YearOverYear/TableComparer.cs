using SearchMining.Core.Domain;
using SearchMining.Mining.Text;

namespace SearchMining.Mining.YearOverYear;

/// <summary>
/// Compares the tables of two reports cell by cell. Rows pair by their stable key — table 二 by its category label
/// (content characters, so 2019 and 2021 layouts of one row meet), table 三 by row code × applicant column, table 四 by
/// group × outcome — never by position.
/// </summary>
internal static class TableComparer
{
    public static IReadOnlyList<TableComparison> Compare(ReportTables current, ReportTables previous) =>
    [
        new(TableNames.Proactive, current.Proactive.Status, previous.Proactive.Status, Proactive(current.Proactive, previous.Proactive)),
        new(TableNames.Applications, current.Applications.Status, previous.Applications.Status, Applications(current.Applications, previous.Applications)),
        new(TableNames.ReviewLitigation, current.ReviewLitigation.Status, previous.ReviewLitigation.Status, Review(current.ReviewLitigation, previous.ReviewLitigation)),
    ];

    private static List<CellChange> Proactive(ProactiveDisclosureTable current, ProactiveDisclosureTable previous)
    {
        var cells = new List<Keyed>();
        void Read(ProactiveDisclosureTable table, bool isCurrent)
        {
            foreach (var row in table.Rows)
                foreach (var (column, cell) in row.Cells)
                    cells.Add(new Keyed(ContentText.Of(row.Category).Text + "|" + ContentText.Of(column).Text, row.Category, column, cell, isCurrent));
        }
        Read(previous, false);
        Read(current, true);
        return Pair(TableNames.Proactive, cells);
    }

    private static List<CellChange> Applications(ApplicationTable current, ApplicationTable previous)
    {
        var cells = new List<Keyed>();
        void Read(ApplicationTable table, bool isCurrent)
        {
            foreach (var row in table.Rows)
                foreach (var (column, cell) in row.Cells)
                    cells.Add(new Keyed(row.Code + "|" + column, row.Label, column.ToString(), cell, isCurrent));
        }
        Read(previous, false);
        Read(current, true);
        return Pair(TableNames.Applications, cells);
    }

    private static List<CellChange> Review(ReviewLitigationTable current, ReviewLitigationTable previous)
    {
        var cells = new List<Keyed>();
        void Read(ReviewLitigationTable table, bool isCurrent)
        {
            foreach (var (group, counts) in new[] { ("行政复议", table.Review), ("未经复议直接起诉", table.LitigationDirect), ("复议后起诉", table.LitigationAfterReview) })
            {
                if (counts is null) continue;
                foreach (var (column, value) in new[] { ("结果维持", counts.Upheld), ("结果纠正", counts.Corrected), ("其他结果", counts.OtherResult), ("尚未审结", counts.Pending), ("总计", counts.Total) })
                {
                    if (value is { } v) cells.Add(new Keyed(group + "|" + column, group, column, new TableCell(v.ToString(System.Globalization.CultureInfo.InvariantCulture), v), isCurrent));
                }
            }
        }
        Read(previous, false);
        Read(current, true);
        return Pair(TableNames.ReviewLitigation, cells);
    }

    private static List<CellChange> Pair(string table, List<Keyed> cells)
    {
        var changes = new List<CellChange>();
        foreach (var group in cells.GroupBy(c => c.Key))
        {
            var before = group.FirstOrDefault(c => !c.IsCurrent);
            var now = group.FirstOrDefault(c => c.IsCurrent);
            var label = now ?? before!;
            var kind = before is null ? CellChangeKind.Added
                : now is null ? CellChangeKind.Removed
                : Same(before.Cell, now.Cell) ? CellChangeKind.Same : CellChangeKind.Changed;
            decimal? delta = before?.Cell.Value is { } b && now?.Cell.Value is { } n ? n - b : null;
            changes.Add(new CellChange(table, label.Row, label.Column, before?.Cell.Raw, now?.Cell.Raw, delta, kind));
        }
        return changes;
    }

    private static bool Same(TableCell a, TableCell b) =>
        a.Value is { } x && b.Value is { } y ? x == y : string.Equals(a.Raw.Trim(), b.Raw.Trim(), StringComparison.Ordinal);

    private sealed record Keyed(string Key, string Row, string Column, TableCell Cell, bool IsCurrent);
}
