using SearchMining.Core.Domain;
using SearchMining.Index.Storage;

namespace SearchMining.Api.Corpus;

/// <summary>Walks the indexed reports (whole <see cref="Report"/>s) for the corpus-wide views: commitments, contacts, themes.</summary>
public sealed class CorpusReports(CorpusIndex corpus)
{
    private const int PageSize = 200;

    public IEnumerable<Report> All(ReportListFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var offset = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = corpus.Index.ListReports(filter, offset, PageSize);
            foreach (var summary in page.Items)
            {
                if (corpus.Index.GetReport(summary.Id) is { } report) yield return report;
            }
            offset += page.Items.Count;
            if (page.Items.Count == 0 || offset >= page.Total) yield break;
        }
    }
}
