namespace SearchMining.Core.Domain;

/// <summary>Section 三: every row (新收申请, 上年结转, each 办理结果 sub-row, 结转下年度) × applicant type.</summary>
public sealed record ApplicationTable
{
    public TableStatus Status { get; init; } = TableStatus.Absent;
    public IReadOnlyList<ApplicationRow> Rows { get; init; } = [];

    public ApplicationRow? Row(string code) => Rows.FirstOrDefault(r => r.Code == code);
}

/// <param name="Code">Stable row code, e.g. <c>new</c>, <c>carried-over</c>, <c>result.1</c>, <c>result.3.1</c>, <c>result.total</c>, <c>carried-forward</c>.</param>
/// <param name="Label">Row label as written.</param>
public sealed record ApplicationRow(string Code, string Label, IReadOnlyDictionary<ApplicantType, TableCell> Cells)
{
    /// <summary>Offsets of the row's values in <see cref="Report.SourceText"/> (-1 when unknown).</summary>
    public int SourceStart { get; init; } = -1;
    public int SourceEnd { get; init; } = -1;
}
