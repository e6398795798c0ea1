using SearchMining.Core.Checks;
using SearchMining.Core.Comparison;
using SearchMining.Core.Domain;

namespace SearchMining.Corpus.Checks;

/// <summary>
/// Every quality rule on every stored report, each report compared with the same agency's earlier report in the corpus.
/// Built by walking the stored reports once and kept until the index changes (like the other corpus-wide views).
/// </summary>
/// <param name="context">How to find earlier reports and measure reuse over a set of reports; by default the agency
/// name as parsed and <see cref="SentenceReuse"/> (Mining's agency identity and shingle meter can be passed instead).</param>
public sealed class CorpusChecks(ReportCorpus corpus, CheckOptions? options = null, Func<IReadOnlyList<Report>, CheckContext>? context = null)
{
    private readonly Lock _gate = new();
    private readonly Func<IReadOnlyList<Report>, CheckContext> _context = context ?? (reports => new CheckContext(new AgencyNameHistory(reports), new SentenceReuse()));
    private (string Key, IReadOnlyList<ReportChecks> All, IReadOnlyDictionary<string, ReportChecks> ById)? _cached;

    public CheckOptions Options { get; } = options ?? CheckOptions.Default;

    /// <summary>The results of every stored report, in the index's order.</summary>
    public IReadOnlyList<ReportChecks> All(CancellationToken cancellationToken = default) => Current(cancellationToken).All;

    /// <summary>The results of one stored report, or null for an unknown id.</summary>
    public ReportChecks? Of(string reportId, CancellationToken cancellationToken = default) =>
        Current(cancellationToken).ById.GetValueOrDefault(reportId);

    private (string Key, IReadOnlyList<ReportChecks> All, IReadOnlyDictionary<string, ReportChecks> ById) Current(CancellationToken cancellationToken)
    {
        var key = corpus.Reports.Version;
        lock (_gate)
        {
            if (_cached is { } cached && cached.Key == key) return cached;
            var reports = corpus.Reports.Walk(cancellationToken).ToList();
            var (history, reuse) = _context(reports);
            var checker = ReportChecker.All(Options, reuse);
            var all = reports.Select(r => checker.Run(r, history)).ToList();
            _cached = (key, all, all.GroupBy(c => c.ReportId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
            return _cached.Value;
        }
    }
}
