using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Tables;

/// <summary>The NotAssessable result of a table rule when the table is not there or not readable.</summary>
internal static class TableAbsence
{
    public static CheckResult Result(string rule, Report report, TableStatus status, string table = "三") => new(rule, CheckStatus.NotAssessable,
        status == TableStatus.Unreadable
            ? $"Table {table} is present but could not be read."
            : report.Template == ReportTemplate.Pre2019 ? $"The report follows a pre-2019 template without table {table}." : $"The report has no table {table}.");
}
