using Microsoft.Extensions.Logging;
using SearchMining.Core.Classification;
using SearchMining.Core.Domain;
using SearchMining.Corpus.Health;
using SearchMining.Corpus.Storage;
using SearchMining.Index.Storage;

namespace SearchMining.Corpus.Writing;

/// <summary>
/// Writes that commit together or not at all. Each kept original is stored (durably) before its report is written to
/// the index; a report's removal (delete, or replacement by a later version) is marked in the store before the index
/// commit and completed after it. On any failure — and on dispose without <see cref="CommitAsync"/> — the index rolls
/// back to its last commit and the store changes are undone. A crash in between leaves originals the next start
/// ingests again, or marks it settles by looking at the index: never a report half there.
/// </summary>
internal sealed class WriteBatch(CorpusWriter writer) : IAsyncDisposable
{
    private const string Superseded = "superseded";
    private const string Deleted = "deleted";
    private readonly List<AddedOriginal> _added = [];
    private readonly List<long> _removals = [];
    private readonly List<string> _keptReports = [];
    private readonly List<Report> _written = [];
    private readonly List<string> _gone = [];
    private readonly Dictionary<string, Derived.PackedChecks> _precomputed = new(StringComparer.Ordinal);
    private bool _dirty;
    private bool _closed;

    /// <summary>Keeps the original (when given), classifies the report and writes it; not yet committed.</summary>
    public Task<(IngestResult Result, string? Warning)> AddAsync(Report report, OriginalFile? original, CancellationToken cancellationToken) =>
        AddAsync(report, null, original, cancellationToken);

    /// <summary>
    /// <see cref="AddAsync(Report, OriginalFile?, CancellationToken)"/> of a report classified and prepared beforehand
    /// (<see cref="CorpusWriter.Prepare"/>, in parallel with other reports); the original is still kept first.
    /// </summary>
    public Task<(IngestResult Result, string? Warning)> AddAsync(PreparedIngest prepared, OriginalFile? original, CancellationToken cancellationToken) =>
        prepared.Report is { } ready ? AddAsync(ready.Report, prepared, original, cancellationToken) : AddAsync(prepared.Parsed, original, cancellationToken);

    private async Task<(IngestResult Result, string? Warning)> AddAsync(Report report, PreparedIngest? prepared, OriginalFile? original, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        _dirty = true;
        try
        {
            if (original is not null && writer.Store is { } store)
            {
                _added.Add(store.Add(original, report.Id));
                _keptReports.Add(report.Id);
            }
            IngestResult result;
            string? warning;
            if (prepared?.Report is { } ready)
            {
                warning = prepared.Warning;
                result = await writer.Index.UpsertAsync(ready, cancellationToken).ConfigureAwait(false);
                Record(result, ready.Report, prepared.Checks);
            }
            else
            {
                (var classified, warning) = writer.Classify(report);
                result = await writer.Index.UpsertAsync(classified, cancellationToken).ConfigureAwait(false);
                Record(result, classified);
            }
            return (result, warning);
        }
        catch (Exception e)
        {
            throw await FailAsync(e);
        }
    }

    /// <summary>
    /// <see cref="AddAsync(PreparedIngest, OriginalFile?, CancellationToken)"/> of several prepared reports (originals kept
    /// beforehand by <see cref="KeepOriginalsAsync"/>), in order; the index writes them from several threads
    /// (<see cref="ReportIndex.UpsertManyAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<(IngestResult Result, string? Warning)>> AddManyAsync(IReadOnlyList<PreparedIngest> prepared, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        var results = new List<(IngestResult Result, string? Warning)>(prepared.Count);
        var run = new List<PreparedIngest>();
        foreach (var item in prepared)
        {
            if (item.Report is not null)
            {
                run.Add(item);
                continue;
            }
            await WriteRunAsync(run, results, cancellationToken).ConfigureAwait(false);
            results.Add(await AddAsync(item.Parsed, null, cancellationToken).ConfigureAwait(false)); // preparing failed: fails (or not) here
        }
        await WriteRunAsync(run, results, cancellationToken).ConfigureAwait(false);
        return results;
    }

    private async Task WriteRunAsync(List<PreparedIngest> run, List<(IngestResult Result, string? Warning)> results, CancellationToken cancellationToken)
    {
        if (run.Count == 0) return;
        _dirty = true;
        try
        {
            var written = await writer.Index.UpsertManyAsync(run.Select(item => item.Report!).ToList(), cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < written.Count; i++)
            {
                Record(written[i], run[i].Report!.Report, run[i].Checks);
                results.Add((written[i], run[i].Warning));
            }
        }
        catch (Exception e)
        {
            throw await FailAsync(e);
        }
        run.Clear();
    }

    /// <summary>What one write changed: the report for the derived views, and the versions it superseded, marked for removal in the store.</summary>
    private void Record(IngestResult result, Report report, Derived.PackedChecks? checks = null)
    {
        if (result.Outcome != IngestOutcome.Unchanged)
        {
            _written.Add(report);
            if (checks is not null && checks.Checks.ReportId == report.Id) _precomputed[report.Id] = checks;
        }
        _gone.AddRange(result.Superseded);
        if (result.Superseded.Count > 0 && writer.Store is { } kept) _removals.AddRange(kept.MarkPendingRemoval(result.Superseded, Superseded));
    }

    /// <summary>
    /// Keeps the originals of reports about to be added (<see cref="AddAsync(PreparedIngest, OriginalFile?, CancellationToken)"/>
    /// with no original), all in one durable store transaction instead of one per report; undone with the batch.
    /// </summary>
    public async Task KeepOriginalsAsync(IReadOnlyList<(OriginalFile File, string ReportId)> originals)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (originals.Count == 0 || writer.Store is not { } store) return;
        _dirty = true;
        try
        {
            _added.AddRange(store.AddRange(originals));
            _keptReports.AddRange(originals.Select(o => o.ReportId));
        }
        catch (Exception e)
        {
            throw await FailAsync(e);
        }
    }

    /// <summary>Removes the report and marks its originals for removal; false when no such report is indexed.</summary>
    public async Task<bool> DeleteAsync(string reportId, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        try
        {
            if (!await writer.Index.DeleteAsync(reportId, cancellationToken).ConfigureAwait(false)) return false;
            _dirty = true;
            _gone.Add(reportId);
            if (writer.Store is { } store) _removals.AddRange(store.MarkPendingRemoval([reportId], Deleted));
            return true;
        }
        catch (Exception e)
        {
            _dirty = true;
            throw await FailAsync(e);
        }
    }

    /// <summary>Commits the index (one atomic Lucene commit), then completes the removals; the batch stays open for more writes.</summary>
    public async Task CommitAsync()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (!_dirty) return;
        try
        {
            await writer.Index.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            throw await FailAsync(e);
        }
        writer.Health?.WriteSucceeded();
        // The corpus views' rows of what the batch changed (and of the same agencies' other years); a failure there
        // leaves the views to be rebuilt at the next start, never the index commit undone.
        writer.Derived?.AfterCommit(_written, _gone.Except(_written.Select(r => r.Id), StringComparer.Ordinal).ToList(), _precomputed);
        if (writer.Store is { } store)
        {
            try
            {
                store.CompleteRemoval(_removals);
                foreach (var id in _keptReports.Distinct(StringComparer.Ordinal)) store.DropRecovered(id);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The index commit stands; the next start completes the marked removals by looking at the index.
                writer.Logger.LogWarning(e, "Committed, but the originals store could not complete {Removals} removals; the next start settles them", _removals.Count);
            }
        }
        ClearPending();
        _dirty = false;
    }

    public async ValueTask DisposeAsync()
    {
        if (_closed) return;
        try
        {
            if (_dirty) await UndoAsync();
        }
        finally
        {
            _closed = true;
            writer.Release();
        }
    }

    /// <summary>Undoes the batch and returns what to throw: a <see cref="CorpusUnavailableException"/> for a storage fault, else the exception.</summary>
    private async Task<Exception> FailAsync(Exception e)
    {
        await UndoAsync();
        if (e is OperationCanceledException) return e;
        var problem = writer.Health is { } health ? health.Report(e) : CorpusHealth.ProblemFor(e, writer.Index.Path);
        return problem is null ? e : new CorpusUnavailableException(problem, e);
    }

    private async Task UndoAsync()
    {
        if (!_dirty) return;
        _dirty = false;
        try
        {
            await writer.Index.RollbackAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            writer.Logger.LogError(e, "Rolling the index back failed");
        }
        if (writer.Store is { } store)
        {
            try
            {
                for (var i = _added.Count - 1; i >= 0; i--) store.Undo(_added[i]);
                store.ClearPendingRemoval(_removals);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // What stays is an original the next start ingests again, or a mark it settles: never a half report.
                writer.Logger.LogError(e, "Undoing the originals store failed; the next start reconciles it with the index");
            }
        }
        ClearPending();
    }

    private void ClearPending()
    {
        _added.Clear();
        _removals.Clear();
        _keptReports.Clear();
        _written.Clear();
        _gone.Clear();
        _precomputed.Clear();
    }
}
