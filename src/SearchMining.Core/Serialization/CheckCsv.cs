using System.Globalization;
using System.Text;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Serialization;

/// <summary>Check results as CSV (RFC 4180, UTF-8): one line per result, shared by <c>check --csv</c> and <c>/api/checks?format=csv</c>.</summary>
public static class CheckCsv
{
    public static readonly string[] Header =
        ["report_id", "file", "agency", "year", "rule", "category", "status", "subject", "score", "evidence", "cells", "previous_report_id"];

    public static void Write(TextWriter output, IEnumerable<ReportChecks> reports)
    {
        output.Write(Line(Header));
        foreach (var report in reports)
        {
            foreach (var result in report.Results)
                output.Write(Line(Row(report, result)));
        }
    }

    public static string[] Row(ReportChecks report, CheckResult result) =>
    [
        report.ReportId, report.SourceFile, report.Agency ?? "", report.Year?.ToString(CultureInfo.InvariantCulture) ?? "", result.Rule,
        Checks.CheckRules.Find(result.Rule)?.Category.ToString() ?? "", Status(result.Status), result.Subject ?? "",
        result.Score?.ToString("0.###", CultureInfo.InvariantCulture) ?? "", result.Evidence,
        string.Join("; ", result.Items.Where(i => i.Kind == EvidenceKind.Cell).Select(i => $"{i.Label}={i.Text}@{i.SourceStart}")),
        report.PreviousReportId ?? "",
    ];

    /// <summary>PASS / FAIL / UNCERTAIN / NOT_ASSESSABLE, as the issue and the docs write them.</summary>
    public static string Status(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "PASS",
        CheckStatus.Fail => "FAIL",
        CheckStatus.Uncertain => "UNCERTAIN",
        _ => "NOT_ASSESSABLE",
    };

    public static string Line(IEnumerable<string> fields) => string.Join(",", fields.Select(Escape)) + "\r\n";

    private static string Escape(string field)
    {
        if (field.IndexOfAny([',', '"', '\n', '\r']) < 0) return field;
        var sb = new StringBuilder("\"");
        sb.Append(field.Replace("\"", "\"\""));
        return sb.Append('"').ToString();
    }
}
