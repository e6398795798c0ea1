using SearchMining.Core.Domain;
using SearchMining.Index.Storage;

namespace SearchMining.Corpus.Views;

/// <summary>
/// Digests of every indexed report, for the corpus-wide views (commitments, contacts, themes, stats). Built from the
/// digest each report document stores at ingest (no text, tables or sections: <see cref="StoredReportJson.DigestOf"/>) in
/// one pass, once at a time, and kept until the index changes (another report count, section count or commit time).
/// </summary>
/// <remarks>Reached through <see cref="ReportCorpus.Reports"/>; an index-backed view can replace it there without touching the endpoints.</remarks>
public sealed class CorpusReports(Func<ReportIndex> index)
{
    private readonly Lock _gate = new();
    private readonly Lock _building = new();
    private (string Key, IReadOnlyList<ReportDigest> Reports)? _cached;
    private (string Version, Dictionary<string, object> Values) _memo = ("", new(StringComparer.Ordinal));

    /// <summary>How many answers <see cref="Memo{T}"/> keeps for one index version (a view's filter combinations).</summary>
    public const int MemoCapacity = 256;

    /// <summary>Changes whenever the index does (report count, section count, last commit): the key views cache on.</summary>
    public string Version => VersionOf(index());

    /// <summary>The version of <paramref name="index"/> as <see cref="Version"/> gives it.</summary>
    public static string VersionOf(ReportIndex index)
    {
        var stats = index.Stats;
        return $"{stats.Reports}/{stats.Sections}/{stats.LastCommit:O}";
    }

    public IReadOnlyList<ReportDigest> All(CancellationToken cancellationToken = default)
    {
        var key = Version;
        lock (_gate)
        {
            if (_cached is { } cached && cached.Key == key) return cached.Reports;
        }
        // One build at a time: concurrent cold calls wait for it instead of each walking the corpus.
        lock (_building)
        {
            lock (_gate)
            {
                if (_cached is { } cached && cached.Key == key) return cached.Reports;
            }
            var reports = new List<ReportDigest>();
            StoredReports.VisitDigests(index(), report => reports.Add(ReportDigest.From(report)), cancellationToken);
            lock (_gate) _cached = (key, reports);
            return reports;
        }
    }

    /// <summary>
    /// Statements and commitments over every report: summed from the index's doc values (milliseconds, no digest read),
    /// or, for an index holding reports written before those values, counted from the digests (once per index version).
    /// </summary>
    public StatementTotals StatementTotals(CancellationToken cancellationToken = default) =>
        StoredReports.CountStatements(index())
        ?? Memo("statement-totals", all => new StatementTotals(all.Sum(r => r.Statements.Count), all.Sum(r => r.Commitments.Count)), cancellationToken);

    /// <summary>Theme counts over the statements of the reports <paramref name="selection"/> covers, memoised per index version and selection.</summary>
    public ThemeTally Themes(ReportSelection selection, CancellationToken cancellationToken = default) =>
        Memo($"themes\u001f{selection.Agency}\u001f{selection.Region}\u001f{selection.Year}", all => ThemeTally.Of(all, selection), cancellationToken);

    /// <summary>
    /// A view's answer computed from the digests once per index version and <paramref name="key"/> (the view and its
    /// filters), so a warm call does not walk every digest again; dropped when the index changes, and at most
    /// <see cref="MemoCapacity"/> answers a version (the oldest version's answers go first: the set is cleared).
    /// </summary>
    public T Memo<T>(string key, Func<IReadOnlyList<ReportDigest>, T> compute, CancellationToken cancellationToken = default)
        where T : class
    {
        var version = Version;
        lock (_gate)
        {
            if (_memo.Version == version && _memo.Values.TryGetValue(key, out var known) && known is T hit) return hit;
        }
        var value = compute(All(cancellationToken));
        lock (_gate)
        {
            if (_memo.Version != version || _memo.Values.Count >= MemoCapacity)
                _memo = (version, new Dictionary<string, object>(StringComparer.Ordinal));
            _memo.Values[key] = value;
        }
        return value;
    }
}
