using SearchMining.Api.Corpus;
using SearchMining.Core.Ingestion;
using SearchMining.Index.Ingestion;

namespace SearchMining.Api.Ingestion;

/// <summary>
/// File → parsed report → classified statements → index (via the index's <see cref="ReportIngestor"/>).
/// A file that cannot be parsed leaves the index untouched.
/// </summary>
public sealed class ReportIngestion(ReportFileReader reader, ClassifierProvider classifiers, CorpusIndex corpus)
{
    /// <summary>Files between commits during a folder ingestion.</summary>
    public const int BatchSize = 5;

    public ReportIngestor CreateIngestor() => new(corpus.Index, reader, classifiers.Classifier, BatchSize);

    public async Task<IngestionResult> IngestAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        var outcome = await reader.ReadAsync(content, fileName, cancellationToken);
        if (outcome.Report is not { } parsed) return new IngestionResult(null, null, outcome.Error, null);
        var (indexed, warning) = await CreateIngestor().IngestReportAsync(parsed, cancellationToken);
        await corpus.Index.CommitAsync(cancellationToken);
        return new IngestionResult(corpus.Index.GetReport(indexed.ReportId) ?? parsed, indexed, null, warning);
    }
}
