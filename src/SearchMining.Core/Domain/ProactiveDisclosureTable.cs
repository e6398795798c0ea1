namespace SearchMining.Core.Domain;

/// <summary>Section 二: 第二十条 rows (规章, 行政规范性文件, 行政许可, 行政处罚, 行政强制, 行政事业性收费 …).</summary>
public sealed record ProactiveDisclosureTable
{
    public TableStatus Status { get; init; } = TableStatus.Absent;
    public IReadOnlyList<ProactiveDisclosureRow> Rows { get; init; } = [];
}

/// <param name="Item">The 第二十条 item as written, e.g. 第二十条第（一）项.</param>
/// <param name="Category">Row label, e.g. 规章, 行政许可.</param>
/// <param name="Cells">Column label (本年制发件数, 现行有效件数, 本年处理决定数量 …) → cell.</param>
public sealed record ProactiveDisclosureRow(string Item, string Category, IReadOnlyDictionary<string, TableCell> Cells)
{
    /// <summary>Offsets of the row in <see cref="Report.SourceText"/> (-1 when unknown).</summary>
    public int SourceStart { get; init; } = -1;
    public int SourceEnd { get; init; } = -1;
}
