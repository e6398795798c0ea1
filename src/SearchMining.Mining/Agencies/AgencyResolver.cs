using SearchMining.Core.Domain;

namespace SearchMining.Mining.Agencies;

/// <summary>
/// Groups reports into agencies. Names are normalised (<see cref="AgencyNameNormaliser"/>); equal keys share a node.
/// Nodes are then joined by a person's merges, by <see cref="AgencyRules.RegionPrefix"/> and by
/// <see cref="AgencyRules.Abbreviation"/>, each join refused when the two groups differ in kind, name different places
/// at one level, both have a report of the same year, or a person split them.
/// </summary>
internal sealed class AgencyResolver
{
    private readonly List<NameNode> _nodes = [];
    private readonly Dictionary<string, NameNode> _byKey = new(StringComparer.Ordinal);
    private readonly int[] _parent;
    private readonly Dictionary<int, AgencyCluster> _clusters = [];
    private readonly HashSet<(int, int)> _apart = [];
    private readonly List<AgencyReport> _unidentified = [];
    private readonly Dictionary<(string, string?, string?, RegionInfo), NormalisedName> _names = [];

    public AgencyResolver(IEnumerable<AgencyReport> reports, IReadOnlyList<AgencyOverride> overrides)
    {
        foreach (var report in reports) Add(report);
        _parent = Enumerable.Range(0, _nodes.Count).ToArray();
        foreach (var node in _nodes) _clusters[node.Index] = new AgencyCluster(node);

        var (together, apart) = Replay(overrides);
        foreach (var (a, b) in apart) _apart.Add(Ordered(a.Index, b.Index));
        foreach (var (a, b) in together)
            Join(a, b, AgencyRules.PersonMerge, "joined by a person");
        JoinRegionPrefixes();
        JoinAbbreviations();
    }

    public IReadOnlyList<AgencyReport> Unidentified => _unidentified;

    public IReadOnlyList<Agency> Agencies() =>
        _clusters.Where(c => Find(c.Key) == c.Key).Select(c => ToAgency(c.Value))
            .OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Key, StringComparer.Ordinal).ToList();

    /// <summary>Why the agencies holding nodes <paramref name="a"/> and <paramref name="b"/> cannot be one, or null.</summary>
    public static MergeRefusal? Conflict(Agency a, Agency b)
    {
        if (a.Kind != b.Kind)
            return new MergeRefusal($"{a.Name} is a {KindName(a.Kind)} and {b.Name} a {KindName(b.Kind)}: different agencies");
        if (!a.Places.IsCompatibleWith(b.Places))
            return new MergeRefusal($"{a.Name} and {b.Name} name different places ({string.Concat(a.Places.Names)} / {string.Concat(b.Places.Names)})");
        var shared = a.Years.Intersect(b.Years).ToList();
        if (shared.Count > 0)
            return new MergeRefusal($"{a.Name} and {b.Name} both have a report of {string.Join(", ", shared)}: two agencies");
        return null;
    }

    private void Add(AgencyReport report)
    {
        if (report.Name is not { } written)
        {
            _unidentified.Add(report);
            return;
        }
        // An agency's reports of every year share their names and region: each distinct one is normalised once.
        var nameKey = (written, report.AgencyAsWritten, report.Agency, report.Region);
        if (!_names.TryGetValue(nameKey, out var name)) _names[nameKey] = name = NameOf(report, written);
        if (!_byKey.TryGetValue(name.Key, out var node))
        {
            node = new NameNode(_nodes.Count, name);
            _nodes.Add(node);
            _byKey[name.Key] = node;
        }
        node.Reports.Add(report);
        var label = report.AgencyAsWritten ?? written;
        if (!node.Written.TryGetValue(label, out var entry))
            node.Written[label] = entry = (name.Steps, []);
        entry.ReportIds.Add(report.ReportId);
    }

    /// <summary>
    /// A report's normalised name: its name by the rules, with the higher places the parser read from the text
    /// (枣庄市 for 市中区…) when they agree with the name's own.
    /// </summary>
    public static NormalisedName NameOf(AgencyReport report, string written)
    {
        var name = AgencyNameNormaliser.Normalise(written);
        var fromText = new PlaceParts(report.Region.Province, report.Region.City, report.Region.County);
        if (name.Places.LowestLevel >= 0 && fromText.IsCompatibleWith(name.Places) && fromText.SameLowest(name.Places) && !name.Places.Equals(name.Places.CompletedBy(fromText)))
            name = name with { Places = name.Places.CompletedBy(fromText) };
        if (report.AgencyAsWritten is { } asWritten && report.Agency is { } completed && asWritten != completed)
            name = name with { Steps = [new NameStep(AgencyRules.RegionFromText, asWritten, completed), .. name.Steps] };
        return name;
    }

    private (List<(NameNode, NameNode)> Together, List<(NameNode, NameNode)> Apart) Replay(IReadOnlyList<AgencyOverride> overrides)
    {
        var together = new List<(string, string)>();
        var apart = new HashSet<(string, string)>();
        foreach (var op in overrides)
        {
            var pairs = op.A.SelectMany(a => op.B.Select(b => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a))).Where(p => p.Item1 != p.Item2).ToList();
            if (op.Action == AgencyOverride.Merge)
            {
                apart.ExceptWith(pairs);
                together.AddRange(pairs);
            }
            else if (op.Action == AgencyOverride.Split)
            {
                apart.UnionWith(pairs);
                together.RemoveAll(p => pairs.Contains(p));
            }
        }
        List<(NameNode, NameNode)> Known(IEnumerable<(string A, string B)> pairs) =>
            pairs.Where(p => _byKey.ContainsKey(p.A) && _byKey.ContainsKey(p.B)).Select(p => (_byKey[p.A], _byKey[p.B])).ToList();
        return (Known(together), Known(apart));
    }

    private void JoinRegionPrefixes()
    {
        // Candidates share kind and body, and (but for a township named without places) the most specific place: the nodes
        // are grouped by those, in index order, so that each name looks at its group instead of every node (quadratic at 10^5).
        var byBody = Group(_nodes, n => (n.Name.Kind, n.Name.Body, -2, (string?)null));
        var byLowest = Group(_nodes.Where(n => n.Name.Places.LowestLevel >= 0), n => (n.Name.Kind, n.Name.Body, n.Name.Places.LowestLevel, n.Name.Places.Lowest));
        foreach (var node in _nodes.OrderByDescending(n => n.Name.Places.Known).ThenBy(n => n.Index))
        {
            var name = node.Name;
            var group = name.Kind == AgencyKind.Township && name.Places.Known == 0
                ? byBody.GetValueOrDefault((name.Kind, name.Body, -2, null))
                : name.Places.LowestLevel >= 0 ? byLowest.GetValueOrDefault((name.Kind, name.Body, name.Places.LowestLevel, name.Places.Lowest)) : null;
            var candidates = (group ?? []).Where(other => other != node
                    && other.Name.Kind == name.Kind && other.Name.Body == name.Body
                    && !other.Name.Places.Equals(name.Places) && name.Places.IsWithin(other.Name.Places)
                    && (other.Name.Places.SameLowest(name.Places) || (name.Kind == AgencyKind.Township && name.Places.Known == 0)))
                .ToList();
            var roots = candidates.Select(c => Find(c.Index)).Distinct().Where(r => r != Find(node.Index)).ToList();
            if (roots.Count == 1)
            {
                var target = candidates.First(c => Find(c.Index) == roots[0]);
                Join(node, target, AgencyRules.RegionPrefix,
                    $"{Written(node)} is {Written(target)} without {string.Concat(target.Name.Places.Names.Except(name.Places.Names))} (the only such name in the corpus)");
            }
            else if (roots.Count > 1)
            {
                Cluster(node).Evidence.Add(new AgencyEvidence(AgencyRules.Ambiguous, Written(node), string.Join(" / ", candidates.Select(Written)),
                    $"{Written(node)} fits {roots.Count} agencies; not joined"));
            }
        }
    }

    private void JoinAbbreviations()
    {
        // Candidates are departments of the same most specific place whose body ends in the same character: grouped by
        // those, in index order (each name looks at its group, not at every node).
        var departments = Group(_nodes.Where(n => n.Name.Kind == AgencyKind.Department && n.Name.Places.LowestLevel >= 0 && n.Name.Body.Length > 0),
            n => (AgencyKind.Department, n.Name.Body[^1].ToString(), n.Name.Places.LowestLevel, n.Name.Places.Lowest));
        foreach (var node in _nodes.Where(n => n.Name.Kind == AgencyKind.Department && n.Name.Body.Length >= 3).OrderBy(n => n.Index))
        {
            var name = node.Name;
            var group = name.Places.LowestLevel >= 0
                ? departments.GetValueOrDefault((AgencyKind.Department, name.Body[^1].ToString(), name.Places.LowestLevel, name.Places.Lowest))
                : null;
            var candidates = (group ?? []).Where(other => other != node && other.Name.Kind == AgencyKind.Department
                    && other.Name.Body.Length > name.Body.Length && other.Name.Body[^1] == name.Body[^1]
                    && name.Places.IsWithin(other.Name.Places) && other.Name.Places.SameLowest(name.Places)
                    && IsSubsequence(name.Body, other.Name.Body))
                .ToList();
            var roots = candidates.Select(c => Find(c.Index)).Distinct().Where(r => r != Find(node.Index)).ToList();
            if (roots.Count == 1)
            {
                var target = candidates.First(c => Find(c.Index) == roots[0]);
                Join(node, target, AgencyRules.Abbreviation, $"{name.Body} abbreviates {target.Name.Body} (the only such name in {name.Places.Lowest})");
            }
            else if (roots.Count > 1)
            {
                Cluster(node).Evidence.Add(new AgencyEvidence(AgencyRules.Ambiguous, Written(node), string.Join(" / ", candidates.Select(Written)),
                    $"{name.Body} abbreviates {roots.Count} agencies' names; not joined"));
            }
        }
    }

    /// <summary>The nodes by <paramref name="key"/>, each group in index order.</summary>
    private static Dictionary<(AgencyKind, string, int, string?), List<NameNode>> Group(IEnumerable<NameNode> nodes, Func<NameNode, (AgencyKind, string, int, string?)> key)
    {
        var groups = new Dictionary<(AgencyKind, string, int, string?), List<NameNode>>();
        foreach (var node in nodes.OrderBy(n => n.Index))
        {
            if (!groups.TryGetValue(key(node), out var list)) groups[key(node)] = list = [];
            list.Add(node);
        }
        return groups;
    }

    private void Join(NameNode a, NameNode b, string rule, string detail)
    {
        var (ra, rb) = (Find(a.Index), Find(b.Index));
        if (ra == rb) return;
        var (ca, cb) = (_clusters[ra], _clusters[rb]);
        var refusal = Refusal(ca, cb);
        if (refusal is not null)
        {
            ca.Evidence.Add(new AgencyEvidence(AgencyRules.Refused, Written(a), Written(b), $"{rule}: {refusal.Reason}"));
            return;
        }
        _parent[rb] = ra;
        ca.Nodes.AddRange(cb.Nodes);
        ca.Places = ca.Places.CompletedBy(cb.Places);
        foreach (var (year, id) in cb.Years) ca.Years[year] = id;
        ca.Evidence.AddRange(cb.Evidence);
        ca.Evidence.Add(new AgencyEvidence(rule, Written(a), Written(b), detail));
        _clusters.Remove(rb);
    }

    private MergeRefusal? Refusal(AgencyCluster a, AgencyCluster b)
    {
        if (a.Nodes.Any(x => b.Nodes.Any(y => _apart.Contains(Ordered(x.Index, y.Index)))))
            return new MergeRefusal("a person split these names");
        if (a.Kind != b.Kind)
            return new MergeRefusal($"a {KindName(a.Kind)} and a {KindName(b.Kind)} are different agencies");
        if (!a.Places.IsCompatibleWith(b.Places))
            return new MergeRefusal($"different places ({string.Concat(a.Places.Names)} / {string.Concat(b.Places.Names)})");
        var shared = a.Years.Keys.Intersect(b.Years.Keys).Order().ToList();
        if (shared.Count > 0)
            return new MergeRefusal($"both have a report of {string.Join(", ", shared)}");
        return null;
    }

    private Agency ToAgency(AgencyCluster cluster)
    {
        // the key: the name with the most places, then the full name over its abbreviation, then the most used
        var main = cluster.Nodes.OrderByDescending(n => n.Name.Places.Known).ThenByDescending(n => n.Name.Body.Length)
            .ThenByDescending(n => n.Reports.Count).ThenBy(n => n.Index).First();
        var display = main.Reports.Select(r => r.Name!).GroupBy(n => n).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var names = cluster.Nodes.SelectMany(n => n.Written.Select(w => new AgencyName(w.Key, n.Key, w.Value.Steps, w.Value.ReportIds)))
            .OrderBy(n => n.Written, StringComparer.Ordinal).ToList();
        var reports = cluster.Nodes.SelectMany(n => n.Reports).OrderBy(r => r.Year ?? int.MaxValue).ThenBy(r => r.SourceFile, StringComparer.Ordinal).ToList();
        var evidence = cluster.Nodes.Where(n => n.Written.Count > 1)
            .Select(n => new AgencyEvidence(AgencyRules.SameName, n.Written.Keys.First(), n.Written.Keys.Last(), $"{string.Join("、", n.Written.Keys)} normalise to {n.Key}"))
            .Concat(cluster.Evidence).ToList();
        return new Agency(main.Key, display, cluster.Places, cluster.Kind, LevelOf(cluster), names, reports, evidence);
    }

    private static AdministrativeLevel LevelOf(AgencyCluster cluster) => cluster.Kind switch
    {
        AgencyKind.Township => AdministrativeLevel.TownshipStreet,
        AgencyKind.Department => AdministrativeLevel.Department,
        _ => cluster.Places.LowestLevel switch
        {
            2 => AdministrativeLevel.County,
            1 => AdministrativeLevel.City,
            0 => AdministrativeLevel.Province,
            _ => AdministrativeLevel.Unknown,
        },
    };

    internal static string KindName(AgencyKind kind) => kind switch
    {
        AgencyKind.Government => "people's government",
        AgencyKind.Township => "township or street",
        _ => "department",
    };

    private static bool IsSubsequence(string shorter, string longer)
    {
        var at = 0;
        foreach (var c in longer)
        {
            if (at < shorter.Length && shorter[at] == c) at++;
        }
        return at == shorter.Length;
    }

    private AgencyCluster Cluster(NameNode node) => _clusters[Find(node.Index)];

    private static string Written(NameNode node) => node.Reports[0].Name!;

    private int Find(int i)
    {
        while (_parent[i] != i) i = _parent[i] = _parent[_parent[i]];
        return i;
    }

    private static (int, int) Ordered(int a, int b) => a < b ? (a, b) : (b, a);
}
