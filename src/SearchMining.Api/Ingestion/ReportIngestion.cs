using SearchMining.Api.Corpus;
using SearchMining.Core.Ingestion;

namespace SearchMining.Api.Ingestion;

/// <summary>File → parsed report → classified statements → index. A file that cannot be parsed leaves the index untouched.</summary>
public sealed class ReportIngestion(ReportFileReader reader, ClassifierProvider classifiers, CorpusIndex corpus)
{
    public async Task<IngestionResult> IngestAsync(Stream content, string fileName, bool commit, CancellationToken cancellationToken)
    {
        var outcome = await reader.ReadAsync(content, fileName, cancellationToken);
        if (outcome.Report is not { } report) return new IngestionResult(null, null, outcome.Error);
        if (classifiers.Classifier is { } classifier) report = ReportClassification.Apply(report, classifier);
        var indexed = await corpus.Index.UpsertAsync(report, cancellationToken);
        if (commit) await corpus.Index.CommitAsync(cancellationToken);
        return new IngestionResult(report, indexed, null);
    }
}
