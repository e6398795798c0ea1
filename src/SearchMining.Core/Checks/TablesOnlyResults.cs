using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks;

/// <summary>
/// The results of each <see cref="ITablesOnlyCheck"/> rule, kept beside the <see cref="ReportTables"/> instance they were
/// computed from (by reference, for as long as that instance lives): the parser runs the table rules for its warnings,
/// and ingestion runs them again on the same parse (the report copied with its themes, its tables the same instance) for
/// the stored checks. Tables read back from JSON, or changed, are another instance and are checked afresh.
/// </summary>
internal static class TablesOnlyResults
{
    private static readonly ConditionalWeakTable<ReportTables, ConcurrentDictionary<(Type Rule, ReportTemplate Template), CheckResult[]>> Memo = new();

    public static IReadOnlyList<CheckResult> Of(ITablesOnlyCheck check, Report report)
    {
        var byRule = Memo.GetValue(report.Tables, _ => new());
        return byRule.GetOrAdd((check.GetType(), report.Template), _ => [.. check.Check(report)]);
    }
}
