using SearchMining.Core.Checks;
using SearchMining.Core.Domain;
using SearchMining.Core.Serialization;

namespace SearchMining.Cli.Commands;

/// <summary>Text rendering of check results: per report the failing and uncertain results, then a per-rule summary.</summary>
internal static class CheckPrinter
{
    public static void Print(IReadOnlyList<ReportChecks> reports, bool all, TextWriter o)
    {
        foreach (var report in reports)
        {
            o.WriteLine($"{report.SourceFile}  {report.Agency ?? "?"}  {report.Year?.ToString() ?? "?"}  (id {report.ReportId}{(report.PreviousReportId is null ? "" : $", compared with {report.PreviousReportId}")})");
            foreach (var result in report.Results.Where(r => all || r.Status is CheckStatus.Fail or CheckStatus.Uncertain))
            {
                o.WriteLine($"  {CheckCsv.Status(result.Status),-14} {result.Rule,-30} {result.Subject ?? "",-12} {ReportPrinter.OneLine(result.Evidence)}");
                foreach (var cell in result.Items.Where(i => i.Kind == EvidenceKind.Cell && result.Status == CheckStatus.Fail))
                    o.WriteLine($"  {"",14} {"",30} {"",12}   {cell.Label} = {(cell.Text.Length == 0 ? "(blank)" : cell.Text)}{(cell.SourceStart >= 0 ? $" @{cell.SourceStart}" : "")}{(cell.Year is { } y ? $" ({y})" : "")}");
            }
            var byRule = CheckRules.All.Select(r => report.StatusOf(r.Id)).ToList();
            o.WriteLine($"  {CheckRules.All.Count} rules: {byRule.Count(s => s == CheckStatus.Pass)} pass, {byRule.Count(s => s == CheckStatus.Fail)} fail, " +
                        $"{byRule.Count(s => s == CheckStatus.Uncertain)} uncertain, {byRule.Count(s => s == CheckStatus.NotAssessable)} not assessable");
        }
        if (reports.Count <= 1) return;
        o.WriteLine();
        o.WriteLine($"{"rule",-30} {"PASS",5} {"FAIL",5} {"UNCERTAIN",9} {"N/A",5}   ({reports.Count} reports; a rule's status per report: FAIL if any result fails)");
        foreach (var rule in CheckRules.All)
        {
            var statuses = reports.Select(r => r.StatusOf(rule.Id)).ToList();
            o.WriteLine($"{rule.Id,-30} {statuses.Count(s => s == CheckStatus.Pass),5} {statuses.Count(s => s == CheckStatus.Fail),5} {statuses.Count(s => s == CheckStatus.Uncertain),9} {statuses.Count(s => s == CheckStatus.NotAssessable),5}");
        }
    }
}
