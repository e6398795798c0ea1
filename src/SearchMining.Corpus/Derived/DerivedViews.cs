using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using SearchMining.Core.Checks;
using SearchMining.Core.Comparison;
using SearchMining.Core.Domain;
using SearchMining.Corpus.Views;
using SearchMining.Index.Storage;
using SearchMining.Index.Views;

namespace SearchMining.Corpus.Derived;

/// <summary>
/// Keeps the <see cref="DerivedStore"/> in step with the index. After every committed write batch
/// (<see cref="AfterCommit"/>) the batch's reports get their check results, and the other reports of the same agency
/// keys whose previous report changed (a year added or deleted in between) are computed again — nothing else. At open,
/// a store whose <see cref="DerivedStore.Stamp"/> is not the index's version (a crash between the index commit and the
/// derived rows, a store of another version, an index from before the store) is reconciled with the index in the
/// background (<see cref="Start"/>): rows of reports no longer indexed dropped, reports missing computed, a chunk of
/// agencies at a time. Views answer from the store meanwhile; <see cref="State"/> says so.
/// </summary>
internal sealed class DerivedViews : IDisposable
{
    /// <summary>Reports a reconcile computes in one store transaction.</summary>
    private const int Chunk = 256;

    private readonly Func<ReportIndex> _index;
    private readonly ILogger _logger;
    private readonly ReportChecker _checker;
    private readonly Lock _write = new();
    private readonly CancellationTokenSource _stop = new();
    private volatile bool _consistent;
    private volatile bool _viewsFilled;
    private volatile DerivedState _state = new(DerivedState.Ready, 0, 0, null);
    private Task _background = Task.CompletedTask;
    private long _version;
    private long _computed;
    private long _reused;

    public DerivedViews(DerivedStore store, Func<ReportIndex> index, ILogger logger, CheckOptions? options = null)
    {
        Store = store;
        _index = index;
        _logger = logger;
        Options = options ?? CheckOptions.Default;
        _checker = ReportChecker.All(Options, new SentenceReuse());
    }

    public DerivedStore Store { get; }

    public CheckOptions Options { get; }

    public DerivedState State => _state;

    /// <summary>How many reports' results this process has computed (a restart over a matching store computes none).</summary>
    public long Computed => Interlocked.Read(ref _computed);

    /// <summary>Of <see cref="Computed"/>, how many were computed before their batch was written (<see cref="Precompute"/>) and taken as they were.</summary>
    public long Reused => Interlocked.Read(ref _reused);

    /// <summary>Changes with every write to the store (what readers may cache on).</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Starts the background reconcile when the store does not match the index; returns at once.</summary>
    public void Start()
    {
        var stamp = Store.Stamp;
        var index = _index();
        var version = CorpusReports.VersionOf(index);
        if (Store.Recreated && !Store.ViewsComplete) Store.MarkViewsComplete(); // empty: the reconcile below fills both
        _viewsFilled = Store.ViewsComplete;
        if (stamp == version && !Store.Recreated)
        {
            _consistent = true;
            if (!_viewsFilled) StartFillingViews("the corpus views' aggregate tables predate this store's rows (written before them)", reconcile: false);
            return;
        }
        if (index.Stats.Reports == 0 && Store.ReportIds().Count == 0)
        {
            // A new index: nothing to rebuild.
            if (!_viewsFilled) Store.MarkViewsComplete();
            _viewsFilled = true;
            Store.SetStamp(version);
            _consistent = true;
            return;
        }
        var reason = Store.Recreated ? "the derived store was missing or of another version"
            : stamp is null ? "the derived store has no record of matching the index" : "the derived store is behind the index";
        if (!_viewsFilled)
        {
            StartFillingViews(reason, reconcile: true);
            return;
        }
        _logger.LogWarning("Rebuilding the corpus views' stored rows in the background: {Reason}", reason);
        _state = new DerivedState(DerivedState.Rebuilding, 0, 0, reason);
        _background = Task.Run(() => ReconcileLoop(reason), CancellationToken.None);
    }

    /// <summary>
    /// The store, when its view tables (<see cref="ViewTables"/>) match the index at <paramref name="version"/>: filled,
    /// and stamped with that version (the stamp is written in the transaction of the batch that made it match); else null
    /// and the views read the index's doc values, as before the tables existed.
    /// </summary>
    public DerivedStore? ViewsAt(string version) => _viewsFilled && Store.ViewsComplete && Store.Stamp == version ? Store : null;

    /// <summary>How many reports a fill of the view tables writes in one transaction.</summary>
    private const int ViewChunk = 512;

    /// <summary>
    /// Fills the view tables from the index in the background (one pass over the view doc values, or the digests of an
    /// index written before them), holding the write lock so that no batch's rows interleave; then the reconcile of the
    /// check rows when <paramref name="reconcile"/>.
    /// </summary>
    private void StartFillingViews(string reason, bool reconcile)
    {
        _logger.LogWarning("Filling the corpus views' aggregate tables in the background: {Reason}", reason);
        _state = new DerivedState(DerivedState.Rebuilding, 0, _index().Stats.Reports, reason);
        _background = Task.Run(() =>
        {
            try
            {
                FillViews(_stop.Token);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _state = new DerivedState(DerivedState.Failed, _state.Done, _state.Total, e.Message);
                _logger.LogError(e, "Filling the corpus views' aggregate tables failed; the views read the index meanwhile, the next start tries again");
                return;
            }
            if (reconcile) ReconcileLoop(reason);
            else
            {
                Interlocked.Increment(ref _version);
                _state = new DerivedState(DerivedState.Ready, _state.Done, _state.Total, null);
                RaiseWritten();
            }
        }, CancellationToken.None);
    }

    /// <summary>Fills the view tables from the index now, under the write lock (the background fill's work).</summary>
    public void FillViews(CancellationToken cancellationToken = default)
    {
        lock (_write)
        {
            var index = _index();
            void Progress(int done) => _state = _state with { Done = done };
            var filled = Store.FillViews(add => ReportViews.VisitViews(index, (row, commitments, statements) =>
                    add(new ReportView(row, commitments, Mining.Recurrence.ProblemDigest.Of(statements))), cancellationToken), ViewChunk, Progress)
                || Store.FillViews(add =>
                {
                    StoredReports.VisitDigests(index, report => add(ReportView.Of(report)), cancellationToken);
                    return true;
                }, ViewChunk, Progress);
            _viewsFilled = filled;
        }
    }

    /// <summary>Raised after a batch's rows are written, or a rebuild or fill ends, so that views computed from the store can be refreshed.</summary>
    public event EventHandler? Written;

    private void RaiseWritten()
    {
        try
        {
            Written?.Invoke(this, EventArgs.Empty);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogWarning(e, "A listener to the derived store's writes failed");
        }
    }

    /// <summary>Waits for the background reconcile (tests, the CLI before it exits).</summary>
    public Task WhenReady => _background;

    /// <summary>
    /// After an index commit: the reports the batch added (in full, as written) and the ids it removed (deleted or
    /// superseded). Failures are logged and leave the store to be rebuilt at the next start; the index commit stands.
    /// </summary>
    /// <remarks>
    /// <paramref name="precomputed"/>: results computed before the batch was written (<see cref="Precompute"/>, on the
    /// read-ahead threads); one is used only when the previous report it compared with is the one the history rule picks
    /// now, else that report is computed again here.
    /// </remarks>
    public void AfterCommit(IReadOnlyList<Report> added, IReadOnlyCollection<string> removed, IReadOnlyDictionary<string, PackedChecks>? precomputed = null)
    {
        if (added.Count == 0 && removed.Count == 0) return;
        var byId = new Dictionary<string, Report>(StringComparer.Ordinal);
        foreach (var report in added) byId[report.Id] = report;
        try
        {
            Apply([.. byId.Values.Select(DerivedReport.Of)], removed, id => byId.GetValueOrDefault(id) ?? _index().GetReport(id), stampWhenConsistent: true, precomputed);
            RaiseWritten();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _consistent = false;
            _state = new DerivedState(DerivedState.Failed, 0, 0, e.Message);
            _logger.LogError(e, "Committed, but the corpus views' stored rows could not be updated; the next start rebuilds them");
            try
            {
                Store.SetStamp(null);
            }
            catch (Exception again) when (again is not OutOfMemoryException)
            {
                _logger.LogError(again, "Could not clear the derived store's stamp");
            }
        }
    }

    /// <summary>
    /// The check results of a batch about to be written, computed beforehand (in parallel, off the writer): each report
    /// with the previous report the history rule would pick if the batch were written now after <paramref name="recent"/>
    /// (reports written since the store was last updated, in order) — the store's rows of the agency key, then
    /// <paramref name="recent"/>, then the batch's own earlier reports. Null where that previous report cannot be loaded;
    /// <see cref="AfterCommit"/> checks each against the history as written and computes again what does not match.
    /// </summary>
    public PackedChecks?[] Precompute(IReadOnlyList<Report?> batch, IReadOnlyList<Report> recent, CancellationToken cancellationToken = default)
    {
        var inMemory = new Dictionary<string, Report>(StringComparer.Ordinal);
        var arrived = new Dictionary<string, List<HistoryRow>>(StringComparer.Ordinal);
        var seq = long.MaxValue / 2;
        foreach (var report in recent.Concat(batch.OfType<Report>()))
        {
            if (!inMemory.TryAdd(report.Id, report)) continue;
            if (DerivedReport.Of(report).HistoryKey is not { } key) continue;
            if (!arrived.TryGetValue(key, out var rows)) arrived[key] = rows = [];
            rows.Add(new HistoryRow(report.Id, report.Year, seq++, null, false));
        }
        // One history a key (the store's rows, then the reports arrived since that it does not hold), shared by the batch's reports of that key.
        var history = new ConcurrentDictionary<string, IReadOnlyList<HistoryRow>>(StringComparer.Ordinal);
        IReadOnlyList<HistoryRow> HistoryOf(string key)
        {
            var known = Store.OfHistoryKey(key);
            if (!arrived.TryGetValue(key, out var fresh)) return known;
            var ids = known.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            return [.. known, .. fresh.Where(r => !ids.Contains(r.Id))];
        }
        var results = new PackedChecks?[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, i =>
        {
            if (batch[i] is not { } report) return;
            Report? previous = null;
            if (DerivedReport.Of(report) is { HistoryKey: { } key, Year: { } year })
            {
                var rows = history.GetOrAdd(key, HistoryOf);
                if (PreviousOf(rows, year) is { } previousId)
                {
                    previous = inMemory.GetValueOrDefault(previousId) ?? _index().GetReport(previousId);
                    if (previous is null) return;
                }
            }
            results[i] = PackedChecks.Of(Check(report, previous));
        });
        return results;
    }

    /// <summary>Makes the store match the index now (the background reconcile's work, one pass).</summary>
    /// <returns>How many reports were computed or dropped.</returns>
    public int Reconcile(CancellationToken cancellationToken = default)
    {
        var index = _index();
        var indexed = new Dictionary<string, DerivedReport>(StringComparer.Ordinal);
        // Every indexed report's identity and view from the view doc values (no stored field read); the digests only on an
        // index written before those values.
        if (!ReportViews.VisitViews(index, (row, commitments, statements) => indexed[row.Id] =
                new DerivedReport(row.Id, row.Agency, row.Year, row.SourceFile, new ReportView(row, commitments, Mining.Recurrence.ProblemDigest.Of(statements))), cancellationToken))
        {
            indexed.Clear();
            StoredReports.VisitDigests(index, r => indexed[r.Id] = DerivedReport.Of(r), cancellationToken);
        }
        var stored = Store.ReportIds();
        var removed = stored.Keys.Where(id => !indexed.ContainsKey(id)).ToList();
        var missing = indexed.Values.Where(r => !stored.GetValueOrDefault(r.Id)).OrderBy(r => r.HistoryKey, StringComparer.Ordinal).ThenBy(r => r.Year).ToList();
        _state = _state with { Done = 0, Total = missing.Count + removed.Count };
        if (removed.Count > 0) Apply([], removed, index.GetReport, stampWhenConsistent: false);
        var done = removed.Count;
        for (var start = 0; start < missing.Count;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Whole agency keys per chunk, so that one agency's years are computed together.
            var end = Math.Min(start + Chunk, missing.Count);
            while (end < missing.Count && missing[end].HistoryKey is { } key && key == missing[end - 1].HistoryKey) end++;
            Apply(missing[start..end], [], index.GetReport, stampWhenConsistent: false);
            done += end - start;
            _state = _state with { Done = done };
            start = end;
        }
        return removed.Count + missing.Count;
    }

    /// <summary>The results of a report the store has not computed yet (a rebuild under way), against the history the store has; null for an unknown id.</summary>
    public ReportChecks? ComputeNow(string reportId)
    {
        if (_index().GetReport(reportId) is not { } report) return null;
        Report? previous = null;
        if (DerivedReport.Of(report) is { HistoryKey: { } key, Year: { } year } && PreviousOf(Store.OfHistoryKey(key), year) is { } previousId)
            previous = _index().GetReport(previousId);
        return Check(report, previous);
    }

    /// <summary>
    /// A stored report's results computed again against the previous report its stored results used
    /// (<c>check_reports.previous_id</c>), in rule order (<see cref="PackedChecks.InRuleOrder"/>): what a rule without a
    /// blob (status PASS, store version 8) held. Null when the report (or that previous report) is no longer indexed.
    /// </summary>
    public List<CheckResult>? Recompute(string reportId, string? previousId)
    {
        if (_index().GetReport(reportId) is not { } report) return null;
        Report? previous = null;
        if (previousId is not null && (previous = _index().GetReport(previousId)) is null) return null;
        return PackedChecks.InRuleOrder(_checker.Run(report, previous));
    }

    /// <summary>The history rule: the report of the closest earlier year (the first to arrive of that year), or null.</summary>
    private static string? PreviousOf(IReadOnlyList<HistoryRow> rows, int? year) =>
        year is { } y ? rows.Where(r => r.Year < y).OrderByDescending(r => r.Year).ThenBy(r => r.Seq).FirstOrDefault()?.Id : null;

    private ReportChecks Check(Report report, Report? previous) =>
        new(report.Id, report.SourceFile, report.Agency, report.Year, previous?.Id, _checker.Run(report, previous));

    private void ReconcileLoop(string reason)
    {
        try
        {
            for (var pass = 0; pass < 5; pass++)
            {
                var before = CorpusReports.VersionOf(_index());
                var changed = Reconcile(_stop.Token);
                var after = CorpusReports.VersionOf(_index());
                // Writes during the pass applied their own rows; a pass that found nothing to do, or an index unchanged
                // since the pass began, means the store matches the index.
                if (changed == 0 || before == after)
                {
                    lock (_write)
                    {
                        Store.SetStamp(CorpusReports.VersionOf(_index()));
                        _consistent = true;
                    }
                    Interlocked.Increment(ref _version);
                    _state = new DerivedState(DerivedState.Ready, _state.Done, _state.Total, null);
                    _logger.LogInformation("The corpus views' stored rows match the index again ({Count} reports computed or dropped)", _state.Total);
                    RaiseWritten();
                    return;
                }
            }
            _state = new DerivedState(DerivedState.Failed, _state.Done, _state.Total, $"{reason}; the index kept changing, the next start tries again");
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _state = new DerivedState(DerivedState.Failed, _state.Done, _state.Total, e.Message);
            _logger.LogError(e, "Rebuilding the corpus views' stored rows failed; the next start tries again");
        }
    }

    /// <summary>
    /// One change to the store: rows of <paramref name="removed"/> dropped, <paramref name="added"/> (re)placed, then every
    /// report of the touched agency keys whose previous report is not the one its results used — and every added one —
    /// computed, the year-over-year rules with the previous report by the history rule (closest earlier year; the first
    /// to arrive of a year wins).
    /// </summary>
    private void Apply(IReadOnlyList<DerivedReport> added, IReadOnlyCollection<string> removed, Func<string, Report?> load, bool stampWhenConsistent,
        IReadOnlyDictionary<string, PackedChecks>? precomputed = null)
    {
        lock (_write)
        {
            var keys = new HashSet<string>(Store.HistoryKeysOf(removed.Concat(added.Select(a => a.Id))), StringComparer.Ordinal);
            foreach (var report in added)
            {
                if (report.HistoryKey is { } key) keys.Add(key);
            }
            // Rows first (without results), so that the history below sees the new years.
            Store.Write(new DerivedChanges(removed, added, []), null);
            var addedIds = added.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var work = new List<(string Id, string? Previous)>();
            foreach (var key in keys)
            {
                var rows = Store.OfHistoryKey(key);
                foreach (var row in rows)
                {
                    var previous = PreviousOf(rows, row.Year);
                    if (addedIds.Contains(row.Id) || !row.Computed || previous != row.PreviousId) work.Add((row.Id, previous));
                }
            }
            var planned = work.Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
            work.AddRange(added.Where(a => !planned.Contains(a.Id)).Select(a => (a.Id, (string?)null)));

            var computed = new ConcurrentBag<PackedChecks>();
            var vanished = new ConcurrentBag<string>();
            var reused = 0;
            var toCompute = new List<(string Id, string? Previous)>();
            foreach (var item in work)
            {
                // Computed before the batch was written, against the same previous report: nothing to do here.
                if (addedIds.Contains(item.Id) && precomputed?.GetValueOrDefault(item.Id) is { } ready && ready.Checks.PreviousReportId == item.Previous)
                {
                    computed.Add(ready);
                    reused++;
                }
                else toCompute.Add(item);
            }
            Parallel.ForEach(toCompute, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = _stop.Token }, item =>
            {
                if (load(item.Id) is not { } report)
                {
                    vanished.Add(item.Id);
                    return;
                }
                var previous = item.Previous is { } id ? load(id) : null;
                computed.Add(PackedChecks.Of(Check(report, previous)));
            });
            var stamp = stampWhenConsistent && _consistent ? CorpusReports.VersionOf(_index()) : null;
            Store.Write(new DerivedChanges([.. vanished], [], [.. computed]), stamp);
            Interlocked.Add(ref _computed, computed.Count);
            Interlocked.Add(ref _reused, reused);
            Interlocked.Increment(ref _version);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _background.Wait(30_000, CancellationToken.None);
        }
        catch (AggregateException)
        {
            // logged by the loop
        }
        _stop.Dispose();
        Store.Dispose();
    }
}
