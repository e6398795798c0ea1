namespace SearchMining.Mining.Agencies;

/// <summary>
/// The agencies of a corpus (<see cref="AgencyResolver"/>) with look-ups by key — the agency's key or any of its
/// names' keys, so a link keeps working when a more complete name joins — and by report id, and the checks that a
/// person's merge or split must pass before it is persisted.
/// </summary>
public sealed class AgencyDirectory
{
    private readonly Dictionary<string, Agency> _byNodeKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Agency> _byReport = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyList<Agency>> _listed;

    private AgencyDirectory(IReadOnlyList<Agency> agencies, IReadOnlyList<AgencyReport> unidentified)
    {
        Agencies = agencies;
        Unidentified = unidentified;
        _listed = new Lazy<IReadOnlyList<Agency>>(() => ListingOrder(agencies), LazyThreadSafetyMode.ExecutionAndPublication);
        foreach (var agency in agencies)
        {
            foreach (var key in agency.NodeKeys) _byNodeKey[key] = agency;
            foreach (var report in agency.Reports) _byReport[report.ReportId] = agency;
        }
    }

    public IReadOnlyList<Agency> Agencies { get; }

    /// <summary>
    /// The agencies with at least one report year in the order the directory lists them — most report years first, then
    /// by name (ordinal), ties in <see cref="Agencies"/>' order — sorted once per directory (a directory is built per corpus version, so a write
    /// gives a new one): a page of the list is a slice of it, and a minimum of years a prefix.
    /// </summary>
    public IReadOnlyList<Agency> Listed => _listed.Value;

    private static IReadOnlyList<Agency> ListingOrder(IReadOnlyList<Agency> agencies) =>
        agencies.Select(a => (Agency: a, Years: a.Years.Count)).Where(a => a.Years > 0).OrderByDescending(a => a.Years).ThenBy(a => a.Agency.Name, StringComparer.Ordinal)
            .Select(a => a.Agency).ToList();

    /// <summary>Reports with no agency name (e.g. a report's tail only).</summary>
    public IReadOnlyList<AgencyReport> Unidentified { get; }

    public static AgencyDirectory Build(IEnumerable<AgencyReport> reports, IReadOnlyList<AgencyOverride>? overrides = null)
    {
        var resolver = new AgencyResolver(reports, overrides ?? []);
        return new AgencyDirectory(resolver.Agencies(), resolver.Unidentified);
    }

    /// <summary>
    /// A directory resolved before (<see cref="Build"/>) and kept: its agencies and unidentified reports as they were, with
    /// the same look-ups and listing order — what a stored years view restores instead of resolving every name again.
    /// </summary>
    public static AgencyDirectory Restore(IReadOnlyList<Agency> agencies, IReadOnlyList<AgencyReport> unidentified) => new(agencies, unidentified);

    public Agency? Find(string key) => _byNodeKey.GetValueOrDefault(key.Trim());

    public Agency? OfReport(string reportId) => _byReport.GetValueOrDefault(reportId);

    /// <summary>The agency of a report, also one not in the corpus (a new upload, a file): by id, else by its normalised name.</summary>
    public Agency? Resolve(AgencyReport report) =>
        OfReport(report.ReportId) ?? (report.Name is { } name ? Find(AgencyResolver.NameOf(report, name).Key) : null);

    /// <summary>The override that makes the agencies <paramref name="a"/> and <paramref name="b"/> one, or why it is refused.</summary>
    public (AgencyOverride? Override, MergeRefusal? Refusal) PlanMerge(string a, string b, DateTimeOffset at, string? note = null)
    {
        if (Find(a) is not { } first) return (null, new MergeRefusal($"no agency '{a}'"));
        if (Find(b) is not { } second) return (null, new MergeRefusal($"no agency '{b}'"));
        if (first == second) return (null, new MergeRefusal($"'{a}' and '{b}' are already one agency ({first.Key})"));
        if (AgencyResolver.Conflict(first, second) is { } refusal) return (null, refusal);
        return (new AgencyOverride(AgencyOverride.Merge, first.NodeKeys.ToList(), second.NodeKeys.ToList(), at, note), null);
    }

    /// <summary>
    /// The override that takes <paramref name="names"/> (written names or their keys) out of agency <paramref name="key"/>,
    /// or why it is refused (unknown agency, a name not in it, nothing left behind).
    /// </summary>
    public (AgencyOverride? Override, MergeRefusal? Refusal) PlanSplit(string key, IReadOnlyList<string> names, DateTimeOffset at, string? note = null)
    {
        if (Find(key) is not { } agency) return (null, new MergeRefusal($"no agency '{key}'"));
        var moving = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            var match = agency.Names.FirstOrDefault(n => n.Written == name || n.NodeKey == name);
            if (match is null) return (null, new MergeRefusal($"'{name}' is not a name of {agency.Name}; its names: {string.Join("、", agency.Names.Select(n => n.Written))}"));
            moving.Add(match.NodeKey);
        }
        if (moving.Count == 0) return (null, new MergeRefusal("no name to split off given"));
        var staying = agency.NodeKeys.Where(k => !moving.Contains(k)).ToList();
        if (staying.Count == 0)
            return (null, new MergeRefusal($"splitting off every name of {agency.Name} leaves nothing behind (names that normalise to one key cannot be split)"));
        return (new AgencyOverride(AgencyOverride.Split, moving.Order(StringComparer.Ordinal).ToList(), staying, at, note), null);
    }
}
