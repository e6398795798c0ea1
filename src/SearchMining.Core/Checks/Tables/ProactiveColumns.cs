using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Tables;

/// <summary>The 第二十条第（一）项 rows of table 二 (规章, 行政规范性文件) and their columns in the 2021 template.</summary>
public static class ProactiveColumns
{
    public const string Issued = "本年制发件数";
    public const string Repealed = "本年废止件数";
    public const string InForce = "现行有效件数";

    /// <summary>The rows that carry 制发/废止/现行有效: 规章 and 行政规范性文件 (older tables write 规范性文件).</summary>
    public static IReadOnlyList<string> DocumentRows { get; } = ["规章", "行政规范性文件"];

    public static ProactiveDisclosureRow? Row(ProactiveDisclosureTable table, string category) =>
        table.Rows.FirstOrDefault(r => Canonical(r.Category) == category);

    public static string Canonical(string category) => category == "规范性文件" ? "行政规范性文件" : category;

    /// <summary>The column of <paramref name="row"/> that is <paramref name="column"/>, allowing the variants extraction leaves (本年度止件数).</summary>
    public static string? Column(ProactiveDisclosureRow row, string column)
    {
        var key = column switch { Issued => "制发", Repealed => "止件数", _ => "现行有效" };
        return row.Cells.Keys.FirstOrDefault(k => k == column) ?? row.Cells.Keys.FirstOrDefault(k => k.Contains(key, StringComparison.Ordinal));
    }
}
