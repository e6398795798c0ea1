using SearchMining.Core.Domain;
using SearchMining.Mining.Agencies;
using SearchMining.Mining.Recurrence;

namespace SearchMining.Mining.Timelines;

/// <summary>
/// What <see cref="YearsCorpus"/> reads of a corpus, so that it need not hold every whole report: each report's identity
/// (what agency resolution reads, in a fixed order), a report's section-五 statements by id (recurrence, word weights: a
/// digest without text is enough), and a whole report by id (timelines, comparison, template phrases: loaded when asked).
/// <paramref name="Problems"/>: a report's <see cref="ProblemDigest"/> by id, when the source keeps them (stored at ingest);
/// null: computed from <paramref name="Statements"/>. <paramref name="SampleStatements"/>: the section-五 statements of at
/// most that many reports spread over the corpus, when the source can read them in one pass (word weights); null: read
/// report by report.
/// </summary>
public sealed record YearsReports(
    IReadOnlyList<AgencyReport> Reports,
    Func<string, IReadOnlyList<Statement>?> Statements,
    Func<string, Report?> Load,
    Func<string, ProblemDigest?>? Problems = null,
    Func<int, IReadOnlyList<Statement>>? SampleStatements = null)
{
    /// <summary>A report's problem digest by id: <see cref="Problems"/>, else from its statements.</summary>
    public ProblemDigest? ProblemsOf(string reportId) =>
        Problems is { } stored ? stored(reportId) : Statements(reportId) is { } statements ? ProblemDigest.Of(statements) : null;

    /// <summary>Every report held in memory (tests, the CLI over files).</summary>
    public static YearsReports InMemory(IEnumerable<Report> reports)
    {
        var byId = new Dictionary<string, Report>(StringComparer.Ordinal);
        foreach (var report in reports) byId.TryAdd(report.Id, report);
        return new YearsReports(byId.Values.Select(AgencyReport.Of).ToList(),
            id => byId.GetValueOrDefault(id)?.Statements, id => byId.GetValueOrDefault(id));
    }
}
