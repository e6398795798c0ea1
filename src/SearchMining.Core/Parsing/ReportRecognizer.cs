using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing;

/// <summary>
/// Whether a parsed text reads as a 政府信息公开工作年度报告 at all: one with no section heading, no year and no agency
/// (a README, a recipe, a news item) is not, whatever words it uses. The one rule for every entry point (API upload,
/// CLI folder mode, first-start ingestion); a caller may still force such a text in.
/// </summary>
public static class ReportRecognizer
{
    /// <summary>A NotAReport error for a report with no section heading, no year and no agency; null when it reads as a report.</summary>
    public static ParseError? Check(Report report) =>
        report.Sections.Count == 0 && report.Year is null && string.IsNullOrWhiteSpace(report.Agency)
            ? new ParseError(ParseErrorKind.NotAReport,
                "The text is not a 政府信息公开工作年度报告: it has no numbered section heading (一、…), no report year and no agency. Send force=true to index it anyway.")
            : null;
}
