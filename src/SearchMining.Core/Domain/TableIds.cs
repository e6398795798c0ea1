namespace SearchMining.Core.Domain;

/// <summary>Stable ids of the three statistical tables (used by check evidence and the page that highlights cells).</summary>
public static class TableIds
{
    /// <summary>Section 二: 主动公开政府信息情况 (第二十条).</summary>
    public const string Proactive = "proactive";
    /// <summary>Section 三: 收到和处理政府信息公开申请情况.</summary>
    public const string Applications = "applications";
    /// <summary>Section 四: 政府信息公开行政复议、行政诉讼情况.</summary>
    public const string ReviewLitigation = "review-litigation";
}
