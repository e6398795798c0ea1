using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Domain;
using SearchMining.Core.Parsing.Tables;

namespace SearchMining.Core.Checks.Form;

/// <summary>
/// The rows each table of the 2019/2021 template must have. A row missing from the table whose label is nonetheless in
/// the section's text was there but could not be read (uncertain); a row whose label is not in the text fails.
/// </summary>
public sealed class RequiredRowsCheck : IReportCheck
{
    public const string Rule = "check-required-rows";

    private static readonly IReadOnlyList<string> Proactive2021 = ["规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"];
    private static readonly IReadOnlyList<string> Proactive2019 = ["规章", "行政规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购"];

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        if (!SectionsCheck.IsModern(report))
        {
            yield return new(Rule, CheckStatus.NotAssessable, "The report follows a pre-2019 template without statistical tables.");
            yield break;
        }
        if (Section(report, SectionTopic.Proactive) is { } proactive) yield return ProactiveRows(report, proactive);
        if (Section(report, SectionTopic.Applications) is { } applications) yield return ApplicationRows(report, applications);
        if (Section(report, SectionTopic.ReviewLitigation) is { } review) yield return ReviewRows(report, review);
        if (report.Sections.All(s => s.Topic is not (SectionTopic.Proactive or SectionTopic.Applications or SectionTopic.ReviewLitigation)))
            yield return new(Rule, CheckStatus.NotAssessable, "None of sections 二, 三, 四 is in the text.");
    }

    /// <summary>Why rows cannot be called missing: the text stops inside the table, or the section has no text at all (a table kept as an image, or lost in extraction).</summary>
    private static string? Beyond(Report report, ReportSection section) =>
        TextCut.Inside(report, section) ? $"the text stops inside section {section.Number}, so the rows after the cut are not in it"
        : string.IsNullOrWhiteSpace(section.Text) ? $"section {section.Number} has no text under its heading (the table may be an image or lost in extraction)"
        : null;

    private static ReportSection? Section(Report report, SectionTopic topic) => report.Sections.FirstOrDefault(s => s.Topic == topic);

    private static string Compact(Report report, ReportSection section) =>
        Normalization.ChineseCharacterFold.Fold(string.Concat(report.SourceText[section.SourceStart..section.SourceEnd].Where(c => !char.IsWhiteSpace(c))));

    private static CheckResult ProactiveRows(Report report, ReportSection section)
    {
        var table = report.Tables.Proactive;
        var expected = report.Template == ReportTemplate.Template2019 ? Proactive2019 : Proactive2021;
        var read = table.Rows.Select(r => ProactiveColumns.Canonical(r.Category)).ToHashSet();
        return Verdict(report, section, "表二", table.Status, expected.Where(e => !read.Contains(e)).ToList(), e => e == "行政规范性文件" ? "规范性文件" : e);
    }

    private static CheckResult ApplicationRows(Report report, ReportSection section)
    {
        var table = report.Tables.Applications;
        var catalog = table.Row("result.6") is not null || report.Template == ReportTemplate.Template2019 && table.Rows.All(r => !ApplicationRowCatalog.IsOtherSubRow(r.Code))
            ? ApplicationRowCatalog.Template2019
            : ApplicationRowCatalog.Template2021;
        var missing = catalog.Where(d => table.Row(d.Code) is null).Select(d => d.Code).ToList();
        return Verdict(report, section, "表三", table.Status, missing, code =>
        {
            var definition = catalog.First(d => d.Code == code);
            return code == "result.6.3" ? @"3[.．、]?其他" : definition.Keyword.ToString();
        }, regex: true);
    }

    private static CheckResult ReviewRows(Report report, ReportSection section)
    {
        var table = report.Tables.ReviewLitigation;
        if (table.Status != TableStatus.Parsed && Beyond(report, section) is { } beyond)
            return new(Rule, CheckStatus.Uncertain, $"表四: {beyond}") { Subject = "表四" };
        return table.Status switch
        {
            TableStatus.Parsed => new(Rule, CheckStatus.Pass, "表四: 行政复议、未经复议直接起诉、复议后起诉各五项齐全") { Subject = "表四" },
            TableStatus.Absent => new(Rule, CheckStatus.Fail, $"第{section.Number}部分没有表四（行政复议、行政诉讼情况表）") { Subject = "表四" },
            _ => new(Rule, CheckStatus.Uncertain, "表四 is in the text but its 15 numbers could not be read.") { Subject = "表四" },
        };
    }

    private static CheckResult Verdict(Report report, ReportSection section, string name, TableStatus status, IReadOnlyList<string> missing, Func<string, string> keyword, bool regex = false)
    {
        if (missing.Count == 0 && status != TableStatus.Absent)
            return new(Rule, CheckStatus.Pass, $"{name}: 模板要求的行齐全") { Subject = name };
        if (Beyond(report, section) is { } beyond)
            return new(Rule, CheckStatus.Uncertain, $"{name}: {beyond}") { Subject = name };
        if (status == TableStatus.Absent)
            return new(Rule, CheckStatus.Fail, $"第{section.Number}部分没有{name}") { Subject = name };
        var text = Compact(report, section);
        bool InText(string m) => regex ? System.Text.RegularExpressions.Regex.IsMatch(text, keyword(m)) : text.Contains(keyword(m), StringComparison.Ordinal);
        var absent = missing.Where(m => !InText(m)).ToList();
        return absent.Count > 0
            ? new(Rule, CheckStatus.Fail, $"{name}缺少行: {string.Join(", ", absent)}") { Subject = name }
            : new(Rule, CheckStatus.Uncertain, $"{name}: rows {string.Join(", ", missing)} are in the text but could not be read") { Subject = name };
    }
}
