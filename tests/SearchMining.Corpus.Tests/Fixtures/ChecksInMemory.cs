using SearchMining.Core.Checks;
using SearchMining.Core.Comparison;
using SearchMining.Core.Domain;

namespace SearchMining.Corpus.Tests.Fixtures;

/// <summary>What the stored check rows are compared with: every stored report's checks computed now, in memory.</summary>
public static class ChecksInMemory
{
    /// <summary>The checks of every report the corpus lists (up to 100), with the agency history of those reports.</summary>
    public static List<ReportChecks> Of(ReportCorpus corpus)
    {
        var reports = corpus.ListReports(limit: 100).Items.Select(s => corpus.GetReport(s.Id)!).ToList();
        var history = new AgencyNameHistory(reports);
        var checker = ReportChecker.All(CheckOptions.Default, new SentenceReuse());
        return [.. reports.Select(r => checker.Run(r, history))];
    }
}
