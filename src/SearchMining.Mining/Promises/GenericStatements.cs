namespace SearchMining.Mining.Promises;

/// <summary>
/// Boilerplate that names no particular weakness: lead-ins (虽然取得了一定成效，但也存在一些薄弱环节) and summaries.
/// A link to such a statement rests on common words only.
/// </summary>
internal static class GenericStatements
{
    public static IReadOnlyList<string> LeadInCues { get; } =
        ["取得了", "取得一定", "成效", "成绩", "薄弱环节", "一些问题", "一些不足", "不足之处", "差距", "虽然", "虽取得", "但也存在", "但仍存在", "主要表现在", "以下几个方面", "如下"];

    public static bool IsLeadIn(string text) => LeadInCues.Any(c => text.Contains(c, StringComparison.Ordinal));
}
