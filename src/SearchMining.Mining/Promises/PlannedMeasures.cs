using SearchMining.Core.Domain;

namespace SearchMining.Mining.Promises;

/// <summary>
/// The kind a next-year statement has for the promise linker: a statement the parser reads as a rectification but
/// that stands under a heading of plans (（二）整改措施, 改进措施, 下一步, 工作计划 …) is a measure planned for the coming
/// year, not a report of what was done. The parser's statements (and so the classifier's offsets) stay as they are;
/// only the linker reads the kind this way.
/// </summary>
internal static class PlannedMeasures
{
    /// <summary>Headings under which rectifications are reported as done.</summary>
    public static IReadOnlyList<string> DoneHeadings { get; } = ["整改情况", "整改落实情况", "问题整改"];

    /// <summary>Headings under which the statements are plans.</summary>
    public static IReadOnlyList<string> PlanHeadings { get; } = ["整改措施", "改进措施", "改进情况", "下一步", "工作计划", "工作打算", "今后"];

    public static StatementKind KindOf(Report report, Statement statement)
    {
        if (statement.Kind != StatementKind.Rectification) return statement.Kind;
        var section = report.Sections.FirstOrDefault(s => s.Ordinal == statement.SectionOrdinal);
        if (section is null || statement.Start <= 0 || statement.Start > section.Text.Length) return statement.Kind;
        var before = section.Text[..statement.Start];
        var done = DoneHeadings.Max(h => before.LastIndexOf(h, StringComparison.Ordinal));
        var plan = PlanHeadings.Max(h => before.LastIndexOf(h, StringComparison.Ordinal));
        return plan > done ? StatementKind.Measure : statement.Kind;
    }
}
