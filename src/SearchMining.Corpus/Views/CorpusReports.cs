using SearchMining.Core.Domain;
using SearchMining.Corpus.Derived;
using SearchMining.Index.Storage;
using SearchMining.Index.Views;
using SearchMining.Mining.Agencies;
using SearchMining.Mining.Recurrence;

namespace SearchMining.Corpus.Views;

/// <summary>
/// Digests of every indexed report, for the corpus-wide views (commitments, contacts, themes, stats). Built from the
/// digest each report document stores at ingest (no text, tables or sections: <see cref="StoredReportJson.DigestOf"/>) in
/// one pass, once at a time, and kept until the index changes (another report count, section count or commit time).
/// </summary>
/// <remarks>
/// Themes, commitments, contacts and the years view's identities and statements are read from the report documents' view
/// doc values (<see cref="ReportViews"/>: one pass over small rows, nothing kept but the answer) when every report
/// document has them, else from the digests as before (an index written before them).
/// </remarks>
public sealed class CorpusReports(Func<ReportIndex> index)
{
    private readonly Lock _gate = new();
    private readonly Lock _building = new();
    private readonly VersionedValue<IReadOnlyList<ReportDigest>> _digests = new();
    private (ReportIndex Index, long Reader, string Version)? _version;
    private readonly VersionedValue<IReadOnlyList<ReportViewRow>?> _rows = new();
    private (string Version, Dictionary<string, object> Values) _memo = ("", new(StringComparer.Ordinal));

    /// <summary>How many answers <see cref="Memo{T}"/> keeps for one index version (a view's filter combinations).</summary>
    public const int MemoCapacity = 256;

    /// <summary>Changes whenever the index does (report count, section count, last commit): the key views cache on.</summary>
    public string Version
    {
        get
        {
            // The index's stats cost three counting searches; for one reader they cannot change, so they are read once a reader.
            var opened = index();
            var reader = opened.ReaderVersion;
            lock (_gate)
            {
                if (reader >= 0 && _version is { } known && ReferenceEquals(known.Index, opened) && known.Reader == reader) return known.Version;
            }
            var version = VersionOf(opened);
            lock (_gate) _version = (opened, reader, version);
            return version;
        }
    }

    /// <summary>The version of <paramref name="index"/> as <see cref="Version"/> gives it.</summary>
    public static string VersionOf(ReportIndex index)
    {
        var stats = index.Stats;
        return $"{stats.Reports}/{stats.Sections}/{stats.LastCommit:O}";
    }

    public IReadOnlyList<ReportDigest> All(CancellationToken cancellationToken = default) =>
        _digests.Get(Version, _building, () =>
        {
            var reports = new List<ReportDigest>();
            StoredReports.VisitDigests(index(), report => reports.Add(ReportDigest.From(report)), cancellationToken);
            return reports;
        });

    /// <summary>
    /// The view row of every report (identity, contact, theme tally: ~0.5 KB a report, no statement or commitment), read
    /// from the view doc values in one pass, once at a time, and kept until the index changes; null when the index was
    /// written before the rows (or <see cref="ReadViewRows"/> is off): then the views read the digests.
    /// </summary>
    public IReadOnlyList<ReportViewRow>? Rows(CancellationToken cancellationToken = default) =>
        !ReadViewRows ? null : _rows.Get(Version, _building, () =>
        {
            var rows = new List<ReportViewRow>();
            return ReportViews.VisitRows(index(), rows.Add, cancellationToken) ? rows : null;
        });

    /// <summary>
    /// The view row of every report (<see cref="Rows"/>), or, on an index written before the rows, the rows of the digests
    /// (once per index version): what the charts and the workflows read of every report (identity, contact, theme tally).
    /// </summary>
    public IReadOnlyList<ReportViewRow> ViewRows(CancellationToken cancellationToken = default) =>
        Rows(cancellationToken) ?? Memo<IReadOnlyList<ReportViewRow>>("digest-rows", all => [.. all.Select(d => d.ToRow())], cancellationToken);

    /// <summary>
    /// Statements and commitments over every report: summed from the index's doc values (milliseconds, no digest read),
    /// or, for an index holding reports written before those values, counted from the digests (once per index version).
    /// </summary>
    public StatementTotals StatementTotals(CancellationToken cancellationToken = default) =>
        StoredReports.CountStatements(index())
        ?? Memo("statement-totals", all => new StatementTotals(all.Sum(r => r.Statements.Count), all.Sum(r => r.Commitments.Count)), cancellationToken);

    /// <summary>
    /// Whether the views read the report documents' view doc values when the index has them (the default); false: every
    /// view reads the digests, as before they existed (for comparisons and tests).
    /// </summary>
    public bool ReadViewRows { get; set; } = true;

    /// <summary>
    /// Whether themes, commitments and contacts read the derived store's view tables (<see cref="ViewTables"/>: aggregates
    /// written at ingest) when they match the index (the default); false, or while they do not match (being filled, a
    /// batch between its index commit and its rows): the view doc values (or the digests), as before.
    /// </summary>
    public bool ReadViewTables { get; set; } = true;

    /// <summary>The derived views of the corpus (set by <see cref="ReportCorpus"/>; null: no view tables).</summary>
    internal Func<DerivedViews?>? Derived { get; init; }

    private string Source => !ReadViewRows ? "digests" : ReadViewTables ? "tables" : "rows";

    /// <summary>
    /// The derived store when its view tables match the index at <paramref name="version"/> and the views read them (what
    /// <see cref="ForYears"/> reads then): where the years view's computed parts are kept (<see cref="Years.KeptYears"/>); else null.
    /// </summary>
    internal DerivedStore? TablesAt(string version) => ReadViewRows && ReadViewTables ? Derived?.Invoke()?.ViewsAt(version) : null;

    /// <summary>A report's section-五 statements by id, from its view doc value (what <see cref="ForYears"/> gives when the tables match).</summary>
    public IReadOnlyList<Statement>? StatementsOf(string reportId) => ReportViews.StatementsOf(index(), reportId);

    /// <summary>A read connection to the view tables when they match the index now, with what to read; else null.</summary>
    private T? FromTables<T>(Func<Microsoft.Data.Sqlite.SqliteConnection, T> read)
        where T : class
    {
        if (!ReadViewRows || !ReadViewTables || Derived?.Invoke()?.ViewsAt(Version) is not { } store) return null;
        using var connection = store.OpenRead();
        return read(connection);
    }

    /// <summary>Theme counts over the statements of the reports <paramref name="selection"/> covers, memoised per index version and selection.</summary>
    public ThemeTally Themes(ReportSelection selection, CancellationToken cancellationToken = default) =>
        Memo($"themes\u001f{Source}\u001f{selection.Key}", () =>
        {
            if (FromTables(c => ViewTables.Themes(c, selection)) is { } fromTables) return fromTables;
            var tally = new ThemeTally.Builder();
            foreach (var row in Rows(cancellationToken) ?? [.. All(cancellationToken).Select(d => d.ToRow())])
                if (selection.Matches(row)) tally.Add(row);
            return tally.Build();
        });

    /// <summary>One page of the commitments <paramref name="filter"/> selects, newest year first (<see cref="ReportCommitment.Order"/>), memoised per index version, filter and page.</summary>
    public ViewPage<ReportCommitment> Commitments(CommitmentFilter filter, int offset, int size, CancellationToken cancellationToken = default) =>
        Memo($"commitments\u001f{Source}\u001f{filter.Key}\u001f{offset}\u001f{size}", () =>
        {
            if (FromTables(c => ViewTables.Commitments(c, filter, offset, size)) is { } fromTables) return fromTables;
            var matches = filter.Matches();
            PageCollector<ReportCommitment> Collector() => new(offset, size, ReportCommitment.Order);
            void Add(PageCollector<ReportCommitment> page, ReportViewRow row, IReadOnlyList<Commitment> commitments)
            {
                if (!filter.Selection.Matches(row)) return;
                foreach (var commitment in commitments)
                {
                    var item = new ReportCommitment(row, commitment);
                    if (matches(item)) page.Add(item);
                }
            }
            var page = Collector();
            if (ReadViewRows && ReportViews.VisitCommitments(index(), (row, commitments) => Add(page, row, commitments), cancellationToken))
                return page.Page();
            page = Collector();
            foreach (var digest in All(cancellationToken)) Add(page, digest.ToRow(), digest.Commitments);
            return page.Page();
        });

    /// <summary>One page of the reports <paramref name="selection"/> covers that give contact details, by agency (ordinal) then newest year, memoised per index version, selection and page.</summary>
    public ViewPage<ReportViewRow> Contacts(ReportSelection selection, int offset, int size, CancellationToken cancellationToken = default) =>
        Memo($"contacts\u001f{Source}\u001f{selection.Key}\u001f{offset}\u001f{size}", () =>
        {
            if (FromTables(c => ViewTables.Contacts(c, selection, offset, size)) is { } fromTables) return fromTables;
            var page = new PageCollector<ReportViewRow>(offset, size, ContactOrder);
            foreach (var row in Rows(cancellationToken) ?? [.. All(cancellationToken).Select(d => d.ToRow())])
                if (row.Contact is not null && selection.Matches(row)) page.Add(row);
            return page.Page();
        });

    /// <summary>
    /// What the years view reads (built on first use): every report's identity; a report's section-五 statements by id
    /// (read when asked, from its view doc value: nothing kept); and its problem digest by id (recurrence) — from the
    /// derived store's <c>view_years</c> rows when its view tables match the index (one narrow row a report, no
    /// statement read), else from one pass over the statements values keeping only the digests, else from the digests
    /// (an index written before the view values).
    /// </summary>
    public (IReadOnlyList<AgencyReport> Reports, Func<string, IReadOnlyList<Statement>?> Statements, Func<string, ProblemDigest?> Problems) ForYears(
        CancellationToken cancellationToken = default)
    {
        IReadOnlyList<Statement>? StatementsById(string id) => StatementsOf(id);
        if (FromTables(ViewTables.Years) is { } stored)
        {
            var problems = new Dictionary<string, ProblemDigest>(stored.Count, StringComparer.Ordinal);
            foreach (var row in stored) problems.TryAdd(row.Identity.ReportId, row.Problems);
            return ([.. stored.Select(r => r.Identity)], StatementsById, id => problems.GetValueOrDefault(id));
        }
        if (Rows(cancellationToken) is { } rows)
        {
            var digests = new Lazy<Dictionary<string, ProblemDigest>>(() =>
            {
                var byId = new Dictionary<string, ProblemDigest>(StringComparer.Ordinal);
                if (ReportViews.VisitStatements(index(), (row, list) => byId.TryAdd(row.Id, ProblemDigest.Of(list)), cancellationToken)) return byId;
                return All(cancellationToken).GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => ProblemDigest.Of(g.First().Statements), StringComparer.Ordinal);
            }, LazyThreadSafetyMode.ExecutionAndPublication);
            return ([.. rows.Select(Identity)], StatementsById, id => digests.Value.GetValueOrDefault(id));
        }
        var all = All(cancellationToken);
        var digestStatements = new Dictionary<string, IReadOnlyList<Statement>>(StringComparer.Ordinal);
        foreach (var digest in all) digestStatements.TryAdd(digest.Id, digest.Statements);
        return ([.. all.Select(d => Identity(d.ToRow()))], id => digestStatements.GetValueOrDefault(id),
            id => digestStatements.GetValueOrDefault(id) is { } list ? ProblemDigest.Of(list) : null);
    }

    /// <summary>
    /// The section-五 statements of at most <paramref name="most"/> reports: every k-th report document in index order
    /// (one pass reading only those documents' values); null when the index has no statements values (an older index).
    /// </summary>
    public IReadOnlyList<Statement>? SampleStatements(int most, CancellationToken cancellationToken = default)
    {
        var opened = index();
        var every = (int)Math.Max(1, (opened.Stats.Reports + most - 1) / Math.Max(1, most));
        var statements = new List<Statement>();
        return ReadViewRows && ReportViews.VisitStatements(opened, (_, list) => statements.AddRange(list), cancellationToken, every) ? statements : null;
    }

    private static AgencyReport Identity(ReportViewRow r) => new(r.Id, r.SourceFile, r.Agency, r.AgencyAsWritten, r.Region, r.Level, r.Year);

    private static readonly IComparer<ReportViewRow> ContactOrder = Comparer<ReportViewRow>.Create((a, b) =>
    {
        var byAgency = StringComparer.Ordinal.Compare(a.Agency, b.Agency);
        return byAgency != 0 ? byAgency : Comparer<int?>.Default.Compare(b.Year, a.Year);
    });

    /// <summary>
    /// A view's answer computed from the digests once per index version and <paramref name="key"/> (the view and its
    /// filters), so a warm call does not walk every digest again; dropped when the index changes, and at most
    /// <see cref="MemoCapacity"/> answers a version (the oldest version's answers go first: the set is cleared).
    /// </summary>
    public T Memo<T>(string key, Func<IReadOnlyList<ReportDigest>, T> compute, CancellationToken cancellationToken = default)
        where T : class => Memo(key, () => compute(All(cancellationToken)));

    /// <summary>An answer computed once per index version and <paramref name="key"/> (see the overload over the digests).</summary>
    private T Memo<T>(string key, Func<T> compute)
        where T : class
    {
        var version = Version;
        lock (_gate)
        {
            if (_memo.Version == version && _memo.Values.TryGetValue(key, out var known) && known is T hit) return hit;
        }
        var value = compute();
        lock (_gate)
        {
            if (_memo.Version != version || _memo.Values.Count >= MemoCapacity)
                _memo = (version, new Dictionary<string, object>(StringComparer.Ordinal));
            _memo.Values[key] = value;
        }
        return value;
    }
}
