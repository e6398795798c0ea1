using System.Globalization;
using SearchMining.Core.Domain;

namespace SearchMining.Workflows.Citations;

/// <summary>
/// The citation line of a report or a section: agency, title, year, section, URL and the date the copy was retrieved,
/// in the order of GB/T 7714 for online documents (责任者. 题名[EB/OL]. (发布日期)[获取日期]. 网址.), with 未注明 for what is not known.
/// </summary>
public static class CitationFormatter
{
    public const string NotStated = "未注明";

    /// <summary>The report's title as the service writes it: agency + year + 政府信息公开工作年度报告.</summary>
    public static string Title(string? agency, int? year) =>
        $"{agency ?? Report.UnknownAgencyLabel}{(year is { } y ? y.ToString(CultureInfo.InvariantCulture) + "年度" : "")}政府信息公开工作年度报告";

    public static Citation For(Report report, ReportSection? section, ReportSource source)
    {
        ArgumentNullException.ThrowIfNull(report);
        var title = Title(report.Agency, report.Year);
        var heading = section is null ? null : (section.Number.Length > 0 ? section.Number + "、" : "") + section.Title;
        var text = string.Concat(
            report.Agency ?? Report.UnknownAgencyLabel, ". ",
            title, heading is null ? "" : "：" + heading, "[EB/OL]. ",
            "(", report.PublishDate is { } p ? Date(p) : NotStated, ")",
            "[", source.Retrieved is { } r ? Date(r) : NotStated, "]. ",
            source.Url ?? "网址" + NotStated, ".");
        return new Citation(report.Agency, title, report.Year, heading, source.Url, source.Retrieved, report.PublishDate, text);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
