using SearchMining.Core.Checks;
using SearchMining.Core.Domain;
using SearchMining.Core.Serialization;

namespace SearchMining.Api.Contracts;

/// <summary>One check result with the report it belongs to (a row of <c>/api/checks</c>).</summary>
/// <param name="StatusCode">PASS, FAIL, UNCERTAIN or NOT_ASSESSABLE.</param>
internal sealed record CheckRow(
    string ReportId, string SourceFile, string? Agency, int? Year, string? PreviousReportId,
    string Rule, string? Category, string? Title, CheckStatus Status, string StatusCode, string? Subject, double? Score,
    string Evidence, IReadOnlyList<CheckEvidence> Items)
{
    public static CheckRow From(ReportChecks report, CheckResult result)
    {
        var rule = CheckRules.Find(result.Rule);
        return new CheckRow(report.ReportId, report.SourceFile, report.Agency, report.Year, report.PreviousReportId, result.Rule,
            rule?.Category.ToString(), rule?.Title, result.Status, CheckCsv.Status(result.Status), result.Subject, result.Score, result.Evidence, result.Items);
    }
}
