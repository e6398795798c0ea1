using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Corpus.Storage;
using SearchMining.Corpus.Writing;
using SearchMining.Index.Storage;

namespace SearchMining.Corpus.Ingestion;

/// <summary>
/// Compares the index with what should be in it and says what to ingest: (1) removals interrupted by a crash are settled
/// by looking at the index; (2) an indexed report with no kept original gets its text kept (an index from before the
/// store) — or is removed when the store says it was deleted; (3) every kept original whose report is not in the index
/// is to be ingested again, in order of arrival (after a rebuild, a crash, a kill); (4) every bundled report file the
/// corpus has never seen is to be ingested (a bundled report the user deleted stays deleted).
/// </summary>
internal sealed class ResumePlanner(ReportIndex index, OriginalStore store, ILogger logger)
{
    public async Task<ResumePlan> PlanAsync(CorpusWriter writer, string? bundledFolder, InputLimits limits, CancellationToken cancellationToken)
    {
        var indexed = index.ReportIds();

        var kept = store.List();
        var done = kept.Where(o => o.PendingRemoval is not null && !indexed.Contains(o.ReportId)).Select(o => o.Sequence).ToList();
        var undone = kept.Where(o => o.PendingRemoval is not null && indexed.Contains(o.ReportId)).Select(o => o.Sequence).ToList();
        store.CompleteRemoval(done);
        store.ClearPendingRemoval(undone);
        if (done.Count + undone.Count > 0)
            logger.LogInformation("Settled {Done} removals the index had committed and {Undone} it had not", done.Count, undone.Count);

        kept = store.List();
        var keptIds = kept.Select(o => o.ReportId).ToHashSet(StringComparer.Ordinal);
        var orphans = indexed.Where(id => !keptIds.Contains(id)).Order(StringComparer.Ordinal).ToList();
        var deleted = orphans.Where(store.WasRemoved).ToList();
        if (deleted.Count > 0)
        {
            await using var batch = await writer.BeginAsync(cancellationToken).ConfigureAwait(false);
            foreach (var id in deleted) await batch.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
            await batch.CommitAsync().ConfigureAwait(false);
            logger.LogWarning("Removed {Count} reports from the index that had been deleted", deleted.Count);
        }
        var recovered = 0;
        foreach (var id in orphans.Except(deleted))
        {
            if (index.GetReport(id) is not { SourceText.Length: > 0 } report) continue;
            store.Add(Recovered(report.SourceFile, report.SourceText), id);
            recovered++;
        }
        if (recovered > 0) logger.LogWarning("Kept the text of {Count} indexed reports that had no original (an index from before the originals store)", recovered);

        var sources = new List<IngestSource>();
        var missingKept = store.List().Where(o => o.PendingRemoval is null && !indexed.Contains(o.ReportId)).ToList();
        sources.AddRange(missingKept.Select(FromStore));

        var bundled = 0;
        if (bundledFolder is not null)
        {
            foreach (var path in ReportIngestor.FindReportFiles(bundledFolder))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!IsNew(path)) continue;
                sources.Add(IngestSource.FromFile(path, OriginalOrigin.Bundled, limits));
                bundled++;
            }
        }
        return new ResumePlan(sources, missingKept.Count, bundled, recovered, deleted.Count, done.Count + undone.Count);
    }

    /// <summary>Text taken back from the index, kept as a plain-text original under the report's file name.</summary>
    public static OriginalFile Recovered(string sourceFile, string text) =>
        new(Encoding.UTF8.GetBytes(text), sourceFile, "text/plain; charset=utf-8", OriginalOrigin.Recovered) { Forced = true };

    private IngestSource FromStore(StoredOriginal original) => new(original.FileName, _ =>
    {
        var content = store.ReadContent(original.Sequence);
        return Task.FromResult<(OriginalFile?, ParseError?)>(content is null
            ? (null, new ParseError(ParseErrorKind.Unreadable, $"The kept original #{original.Sequence} is gone from the store."))
            : (new OriginalFile(content, original.FileName, original.ContentType, original.Origin)
            {
                SourceUrl = original.SourceUrl,
                Forced = original.Forced,
                ReceivedAt = original.ReceivedAt,
            }, null));
    }, original.Origin == OriginalOrigin.Recovered ? new ReadOptions { PlainText = true, Force = true } : ReadOptions.Default);

    /// <summary>A bundled file whose bytes the store has never seen (neither kept nor removed).</summary>
    private bool IsNew(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return store.StateOf(Convert.ToHexStringLower(SHA256.HashData(stream))) == OriginalState.Unknown;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true; // unreadable: ingesting it reports the error
        }
    }
}

/// <param name="Sources">What to ingest, kept originals first (in order of arrival), then new bundled files.</param>
/// <param name="KeptMissing">Kept originals whose report was not in the index.</param>
/// <param name="BundledNew">Bundled files the corpus had never seen.</param>
/// <param name="Recovered">Indexed reports without an original whose text was kept.</param>
/// <param name="Deleted">Indexed reports removed because they had been deleted.</param>
/// <param name="Settled">Interrupted removals settled.</param>
internal sealed record ResumePlan(IReadOnlyList<IngestSource> Sources, int KeptMissing, int BundledNew, int Recovered, int Deleted, int Settled);
