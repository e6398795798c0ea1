using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Core.Domain;
using SearchMining.Index.Querying;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Storage;

/// <summary>
/// Reads every stored report (or its digest) in one pass over the report documents with one searcher: no sorting, no
/// search per report, only the one stored field loaded. For the corpus-wide views.
/// </summary>
public static class StoredReports
{
    /// <summary>The digest (<see cref="StoredReportJson.DigestOf"/>) of every indexed report, in index order.</summary>
    public static void VisitDigests(ReportIndex index, Action<Report> visit, CancellationToken cancellationToken = default) =>
        Visit(index, StoredReportJson.ReadDigest, visit, cancellationToken);

    /// <summary>
    /// Statements and commitments over every indexed report, summed from the report documents' doc values (no stored field
    /// read); null when some report was indexed before those values existed (then the digests must be counted).
    /// </summary>
    public static StatementTotals? CountStatements(ReportIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return index.WithSearcher(searcher =>
        {
            var collector = new StatementTotalsCollector();
            searcher.Search(new TermQuery(new Term(IndexFields.DocKind, DocumentKinds.Report)), collector);
            return collector.Complete ? new StatementTotals(checked((int)collector.Statements), checked((int)collector.Commitments)) : null;
        });
    }

    private static void Visit(ReportIndex index, Func<Lucene.Net.Documents.Document, Report?> read, Action<Report> visit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(index);
        index.WithSearcher(searcher =>
        {
            var collector = new DocIdCollector();
            searcher.Search(new TermQuery(new Term(IndexFields.DocKind, DocumentKinds.Report)), collector);
            collector.Docs.Sort();
            foreach (var doc in collector.Docs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Schema 10 reads the digest from the body; an older index from its digest field or its whole report.
                if (read(searcher.Doc(doc, StoredReportJson.DigestFields)) is { } report) visit(report);
            }
            return true;
        });
    }
}
