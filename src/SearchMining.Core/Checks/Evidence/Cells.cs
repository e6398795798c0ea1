using System.Collections.Frozen;
using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Domain;
using SearchMining.Core.Parsing.Tables;

namespace SearchMining.Core.Checks.Evidence;

/// <summary>Table cells as check evidence: value as written, row and column labels, source offsets.</summary>
public static class Cells
{
    /// <summary>A cell of table 三; <paramref name="from"/> is set when the row belongs to another report (last year's).</summary>
    public static CheckEvidence Of(ApplicationRow row, ApplicantType column, Report? from = null)
    {
        var cell = row.Cells.GetValueOrDefault(column);
        return new CheckEvidence
        {
            Kind = EvidenceKind.Cell,
            Text = cell?.Raw ?? "",
            Label = ApplicationsLabel(row.Code, column),
            Table = TableIds.Applications,
            Row = row.Code,
            Column = column.ToString(),
            Value = cell?.Value,
            SourceStart = cell?.SourceStart ?? -1,
            SourceEnd = cell?.SourceEnd ?? -1,
            ReportId = from?.Id,
            Year = from?.Year,
        };
    }

    /// <summary>A cell of table 二 (第二十条).</summary>
    public static CheckEvidence Of(ProactiveDisclosureRow row, string column, Report? from = null)
    {
        var cell = row.Cells.GetValueOrDefault(column);
        return new CheckEvidence
        {
            Kind = EvidenceKind.Cell,
            Text = cell?.Raw ?? "",
            Label = $"表二 {row.Item} {row.Category} × {column}",
            Table = TableIds.Proactive,
            Row = row.Category,
            Column = column,
            Value = cell?.Value,
            SourceStart = cell?.SourceStart ?? -1,
            SourceEnd = cell?.SourceEnd ?? -1,
            ReportId = from?.Id,
            Year = from?.Year,
        };
    }

    /// <summary>A cell of table 四: <paramref name="group"/> 行政复议 / 未经复议直接起诉 / 复议后起诉, <paramref name="column"/> 维持 … 总计.</summary>
    public static CheckEvidence Of(ReviewLitigationTable table, ReviewGroup group, ReviewColumn column)
    {
        var index = ReviewCells.Index(group, column);
        var cell = index < table.Cells.Count ? table.Cells[index] : null;
        return new CheckEvidence
        {
            Kind = EvidenceKind.Cell,
            Text = cell?.Raw ?? ReviewCells.Value(table, group, column)?.ToString() ?? "",
            Label = ReviewLabel(group, column),
            Table = TableIds.ReviewLitigation,
            Row = ReviewCells.Id(group),
            Column = ReviewCells.Id(column),
            Value = ReviewCells.Value(table, group, column),
            SourceStart = cell?.SourceStart ?? -1,
            SourceEnd = cell?.SourceEnd ?? -1,
        };
    }

    /// <summary>
    /// The label <see cref="Of(ApplicationRow, ApplicantType, Report?)"/> or <see cref="Of(ReviewLitigationTable, ReviewGroup, ReviewColumn)"/>
    /// gives a cell of table 三 or 四, from the cell's table, row and column ids alone; null for table 二 (its label holds the
    /// report's own item text) or ids these tables do not have. What the derived store leaves out of a cell's stored evidence.
    /// One look-up in labels built once (every catalogue row × applicant column of table 三, every cell of table 四); a
    /// table-三 row code outside the catalogue is labelled by its code, as <see cref="RowLabel"/> does.
    /// </summary>
    public static string? LabelOf(string? table, string? row, string? column)
    {
        if (row is null || column is null) return null;
        if (table == TableIds.Applications)
        {
            return ApplicationsLabels.TryGetValue((row, column), out var label) ? label
                : ApplicantByColumn.TryGetValue(column, out var type) ? ApplicationsLabel(row, type) : null;
        }
        return table == TableIds.ReviewLitigation && ReviewLabels.TryGetValue((row, column), out var review) ? review : null;
    }

    /// <summary>Table 三's applicant columns by id (the enum's names).</summary>
    private static readonly FrozenDictionary<string, ApplicantType> ApplicantByColumn =
        Enum.GetValues<ApplicantType>().ToFrozenDictionary(t => t.ToString(), StringComparer.Ordinal);

    /// <summary>The template's label of each table-三 row code (the first catalogue row of a code, as a search in order finds).</summary>
    private static readonly FrozenDictionary<string, string> RowLabels = FirstLabels();

    private static readonly FrozenDictionary<(string Row, string Column), string> ApplicationsLabels =
        RowLabels.Keys.SelectMany(code => ApplicantByColumn.Select(c => (Key: (code, c.Key), Label: ApplicationsLabel(code, c.Value))))
            .ToFrozenDictionary(p => p.Key, p => p.Label);

    private static readonly FrozenDictionary<(string Row, string Column), string> ReviewLabels =
        ReviewCells.Groups.SelectMany(g => Enum.GetValues<ReviewColumn>().Select(c => (Key: (ReviewCells.Id(g), ReviewCells.Id(c)), Label: ReviewLabel(g, c))))
            .ToFrozenDictionary(p => p.Key, p => p.Label);

    private static FrozenDictionary<string, string> FirstLabels()
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ApplicationRowCatalog.Any) labels.TryAdd(row.Code, row.Label);
        return labels.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ApplicationsLabel(string rowCode, ApplicantType column) => $"表三 {RowLabel(rowCode)} × {ApplicantColumns.Label(column)}";

    private static string ReviewLabel(ReviewGroup group, ReviewColumn column) => $"表四 {ReviewCells.Label(group)} × {ReviewCells.Label(column)}";

    /// <summary>The template's label of a table-三 row code (e.g. <c>result.total</c> → （七）总计).</summary>
    public static string RowLabel(string code) => RowLabels.GetValueOrDefault(code) ?? code;
}
