using SearchMining.Core.Domain;

namespace SearchMining.Api.Corpus;

/// <summary>
/// Digests of every indexed report, for the corpus-wide views (commitments, contacts, themes, stats). Built by walking the
/// stored reports once and kept until the index changes (another report count, section count or commit time).
/// </summary>
public sealed class CorpusReports(CorpusIndex corpus)
{
    private const int PageSize = 200;
    private readonly Lock _gate = new();
    private (string Key, IReadOnlyList<ReportDigest> Reports)? _cached;

    public IReadOnlyList<ReportDigest> All(CancellationToken cancellationToken = default)
    {
        var stats = corpus.Index.Stats;
        var key = $"{stats.Reports}/{stats.Sections}/{stats.LastCommit:O}";
        lock (_gate)
        {
            if (_cached is { } cached && cached.Key == key) return cached.Reports;
        }
        var reports = Walk(cancellationToken).Select(ReportDigest.From).ToList();
        lock (_gate) _cached = (key, reports);
        return reports;
    }

    private IEnumerable<Report> Walk(CancellationToken cancellationToken)
    {
        var offset = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = corpus.Index.ListReports(null, offset, PageSize);
            foreach (var summary in page.Items)
            {
                if (corpus.Index.GetReport(summary.Id) is { } report) yield return report;
            }
            offset += page.Items.Count;
            if (page.Items.Count == 0 || offset >= page.Total) yield break;
        }
    }
}
