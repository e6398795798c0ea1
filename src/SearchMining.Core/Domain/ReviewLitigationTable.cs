namespace SearchMining.Core.Domain;

/// <summary>Section 四: the 15 numbers (行政复议 5, 未经复议直接起诉 5, 复议后起诉 5).</summary>
public sealed record ReviewLitigationTable
{
    public TableStatus Status { get; init; } = TableStatus.Absent;
    public OutcomeCounts? Review { get; init; }
    public OutcomeCounts? LitigationDirect { get; init; }
    public OutcomeCounts? LitigationAfterReview { get; init; }
    /// <summary>The 15 cells as written, in table order (维持, 纠正, 其他, 尚未审结, 总计 of each group); empty when not read.</summary>
    public IReadOnlyList<TableCell> Cells { get; init; } = [];
}

/// <summary>结果维持, 结果纠正, 其他结果, 尚未审结, 总计.</summary>
public sealed record OutcomeCounts(decimal? Upheld, decimal? Corrected, decimal? OtherResult, decimal? Pending, decimal? Total);
