using SearchMining.Core.Domain;
using SearchMining.Index.Storage;

namespace SearchMining.Corpus.Views;

/// <summary>
/// Digests of every indexed report, for the corpus-wide views (commitments, contacts, themes, stats). Built by walking the
/// stored reports once and kept until the index changes (another report count, section count or commit time).
/// </summary>
/// <remarks>Reached through <see cref="ReportCorpus.Reports"/>; an index-backed view can replace it there without touching the endpoints.</remarks>
public sealed class CorpusReports(Func<ReportIndex> index)
{
    private const int PageSize = 200;
    private readonly Lock _gate = new();
    private (string Key, IReadOnlyList<ReportDigest> Reports)? _cached;

    public IReadOnlyList<ReportDigest> All(CancellationToken cancellationToken = default)
    {
        var stats = index().Stats;
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
            var page = index().ListReports(null, offset, PageSize);
            foreach (var summary in page.Items)
            {
                if (index().GetReport(summary.Id) is { } report) yield return report;
            }
            offset += page.Items.Count;
            if (page.Items.Count == 0 || offset >= page.Total) yield break;
        }
    }
}
