using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Tests.Shared;

namespace SearchMining.Index.Tests.Fixtures;

/// <summary>The sample reports parsed by the real parser.</summary>
public static class SampleCorpus
{
    public static async Task<IReadOnlyList<Report>> ParseAsync()
    {
        var reader = new ReportFileReader();
        var reports = new List<Report>();
        foreach (var file in Directory.GetFiles(RepoPaths.SampleReports, "*.txt").Order(StringComparer.Ordinal))
        {
            var outcome = await reader.ReadAsync(file, CancellationToken.None);
            if (outcome.Report is not null) reports.Add(outcome.Report);
        }
        return reports;
    }
}
