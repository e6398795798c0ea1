using SearchMining.Core.Domain;
using SearchMining.Mining.Agencies;

namespace SearchMining.Mining.Timelines;

/// <summary>
/// What <see cref="YearsCorpus"/> reads of a corpus, so that it need not hold every whole report: each report's identity
/// (what agency resolution reads, in a fixed order), a report's section-五 statements by id (recurrence, word weights: a
/// digest without text is enough), and a whole report by id (timelines, comparison, template phrases: loaded when asked).
/// </summary>
public sealed record YearsReports(
    IReadOnlyList<AgencyReport> Reports,
    Func<string, IReadOnlyList<Statement>?> Statements,
    Func<string, Report?> Load)
{
    /// <summary>Every report held in memory (tests, the CLI over files).</summary>
    public static YearsReports InMemory(IEnumerable<Report> reports)
    {
        var byId = new Dictionary<string, Report>(StringComparer.Ordinal);
        foreach (var report in reports) byId.TryAdd(report.Id, report);
        return new YearsReports(byId.Values.Select(AgencyReport.Of).ToList(),
            id => byId.GetValueOrDefault(id)?.Statements, id => byId.GetValueOrDefault(id));
    }
}
