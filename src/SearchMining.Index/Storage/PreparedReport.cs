using Lucene.Net.Documents;
using SearchMining.Core.Domain;

namespace SearchMining.Index.Storage;

/// <summary>
/// A report made ready to write (<see cref="ReportIndex.Prepare"/>): its stored JSON, fingerprint and Lucene documents.
/// Preparing touches no index state, so bulk ingestion prepares several reports in parallel and writes them in order.
/// </summary>
public sealed class PreparedReport
{
    internal PreparedReport(Report report, string fingerprint, IReadOnlyList<Document> documents)
    {
        Report = report;
        Fingerprint = fingerprint;
        Documents = documents;
    }

    public Report Report { get; }

    internal string Fingerprint { get; }

    internal IReadOnlyList<Document> Documents { get; }
}
