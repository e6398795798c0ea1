using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Evidence;

/// <summary>The groups of table 四.</summary>
public enum ReviewGroup
{
    Review,
    LitigationDirect,
    LitigationAfterReview,
}

/// <summary>The five columns of each table-四 group.</summary>
public enum ReviewColumn
{
    Upheld,
    Corrected,
    Other,
    Pending,
    Total,
}

/// <summary>Names, ids and positions of table 四's cells (15 in table order).</summary>
public static class ReviewCells
{
    public static IReadOnlyList<ReviewGroup> Groups { get; } = Enum.GetValues<ReviewGroup>();

    public static int Index(ReviewGroup group, ReviewColumn column) => (int)group * 5 + (int)column;

    public static OutcomeCounts? Counts(ReviewLitigationTable table, ReviewGroup group) => group switch
    {
        ReviewGroup.Review => table.Review,
        ReviewGroup.LitigationDirect => table.LitigationDirect,
        _ => table.LitigationAfterReview,
    };

    public static decimal? Value(ReviewLitigationTable table, ReviewGroup group, ReviewColumn column) =>
        Counts(table, group) is not { } c ? null : column switch
        {
            ReviewColumn.Upheld => c.Upheld,
            ReviewColumn.Corrected => c.Corrected,
            ReviewColumn.Other => c.OtherResult,
            ReviewColumn.Pending => c.Pending,
            _ => c.Total,
        };

    public static string Label(ReviewGroup group) => group switch
    {
        ReviewGroup.Review => "行政复议",
        ReviewGroup.LitigationDirect => "未经复议直接起诉",
        _ => "复议后起诉",
    };

    public static string Label(ReviewColumn column) => column switch
    {
        ReviewColumn.Upheld => "结果维持",
        ReviewColumn.Corrected => "结果纠正",
        ReviewColumn.Other => "其他结果",
        ReviewColumn.Pending => "尚未审结",
        _ => "总计",
    };

    public static string Id(ReviewGroup group) => group switch
    {
        ReviewGroup.Review => "review",
        ReviewGroup.LitigationDirect => "litigation-direct",
        _ => "litigation-after-review",
    };

    public static string Id(ReviewColumn column) => column.ToString().ToLowerInvariant();
}
