using System.Diagnostics;
using SearchMining.Index.Searching;

namespace SearchMining.Scale.Measurement;

/// <summary>
/// One mix query's cost per search in-process, in two engine variants run alternately (so both see the same load): CPU
/// milliseconds of the process (and wall milliseconds: a search may use several threads), bytes allocated and gen-0 collections per search; and whether the two variants returned
/// the same page (total, section ids in order, bit-identical scores, report groups, facets).
/// </summary>
internal sealed record SearchCost(string Id, long Total, double WallMsA, double WallMsB, double CpuMsA, double CpuMsB, double AllocKbA, double AllocKbB,
    double Gen0A, double Gen0B, bool Identical)
{
    /// <summary>What the tiered first pass did on the page as served (variant A): top-tier and scored matches, or empty.</summary>
    public string Tiers { get; init; } = "";
}

/// <summary>
/// Counters rather than wall time: on a machine shared with other builds, a process's own CPU time per search and its
/// allocations are far steadier than a stopwatch (the search runs on the calling thread; GC threads are counted too).
/// </summary>
internal static class SearchCostMeter
{
    /// <param name="asB">Called with true before each of variant B's searches and false before A's: a variant that is not an engine
    /// option (how stored-field chunks are inflated) is switched on the calling thread.</param>
    public static IReadOnlyList<SearchCost> Compare(SectionSearchEngine a, SectionSearchEngine b, IReadOnlyList<MixQuery> mix, int rounds, Action<bool>? asB = null)
    {
        asB ??= _ => { };
        SearchResults RunA(SearchRequest r) { asB(false); return Run(a, r); }
        SearchResults RunB(SearchRequest r) { asB(true); var page = Run(b, r); asB(false); return page; }
        (double Cpu, double Alloc, double Gen0, double Wall) MeasureB(SearchRequest r) { asB(true); var m = Measure(b, r); asB(false); return m; }
        var costs = new List<SearchCost>();
        foreach (var query in mix)
        {
            var request = EngineProfile.ToRequest(query) with { Size = 100 };
            var pageA = RunA(request);
            var pageB = RunB(request);
            var identical = Same(pageA, pageB);
            request = EngineProfile.ToRequest(query);
            Index.Searching.Pruning.TieredTopHits.ResetLast();
            identical &= Same(RunA(request), RunB(request)); // the page as served too
            var (matches, topTier, scored) = Index.Searching.Pruning.TieredTopHits.Last;
            var declined = Index.Searching.Pruning.TieredTopHits.LastDeclined;
            var tiers = matches == 0 ? "" : $"  tiers: top {topTier}/{matches}, scored {scored} ({100.0 * scored / matches:0}%)";
            if (Index.Searching.Pruning.TieredTopHits.LastScoredClauses > 0) tiers += $"  scored clauses {Index.Searching.Pruning.TieredTopHits.LastScoredClauses}";
            if (declined is not null) tiers += $"  tiers declined: {declined}";
            var (cpuA, allocA, gcA, wallA) = (0.0, 0.0, 0.0, 0.0);
            var (cpuB, allocB, gcB, wallB) = (0.0, 0.0, 0.0, 0.0);
            for (var i = 0; i < rounds; i++)
            {
                var x = Measure(a, request);
                var y = MeasureB(request);
                (cpuA, allocA, gcA, wallA) = (cpuA + x.Cpu, allocA + x.Alloc, gcA + x.Gen0, wallA + x.Wall);
                (cpuB, allocB, gcB, wallB) = (cpuB + y.Cpu, allocB + y.Alloc, gcB + y.Gen0, wallB + y.Wall);
            }
            costs.Add(new SearchCost(query.Id, pageA.Total, wallA / rounds, wallB / rounds, cpuA / rounds, cpuB / rounds, allocA / rounds / 1024, allocB / rounds / 1024,
                gcA / rounds, gcB / rounds, identical) { Tiers = tiers });
        }
        return costs;
    }

    private static (double Cpu, double Alloc, double Gen0, double Wall) Measure(SectionSearchEngine engine, SearchRequest request)
    {
        var process = Process.GetCurrentProcess();
        var wall = Stopwatch.StartNew();
        var cpu = process.TotalProcessorTime;
        var alloc = GC.GetTotalAllocatedBytes(precise: false);
        var gen0 = GC.CollectionCount(0);
        Run(engine, request);
        wall.Stop();
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: false) - alloc, GC.CollectionCount(0) - gen0,
            wall.Elapsed.TotalMilliseconds);
    }

    private static SearchResults Run(SectionSearchEngine engine, SearchRequest request)
    {
        var outcome = engine.Search(request);
        if (!outcome.Succeeded) throw new InvalidOperationException($"'{request.Query}': {outcome.Error}");
        return outcome.Results!;
    }

    private static bool Same(SearchResults x, SearchResults y) =>
        x.Total == y.Total
        && x.NextCursor == y.NextCursor
        && x.FacetsEstimated == y.FacetsEstimated
        && x.Hits.Select(h => (h.SectionId, h.Score)).SequenceEqual(y.Hits.Select(h => (h.SectionId, h.Score)))
        && x.Hits.Select(Shown).SequenceEqual(y.Hits.Select(Shown))
        && x.Groups.Select(g => (g.ReportId, g.Score, string.Join(",", g.Sections.Select(s => (s.SectionId, s.Score)))))
            .SequenceEqual(y.Groups.Select(g => (g.ReportId, g.Score, string.Join(",", g.Sections.Select(s => (s.SectionId, s.Score))))))
        && x.Facets.Count == y.Facets.Count
        && x.Facets.All(kv => y.Facets.TryGetValue(kv.Key, out var other) && kv.Value.SequenceEqual(other));

    /// <summary>Everything a hit shows besides its id and score: stored fields, snippets with their marks, the query words it holds.</summary>
    private static string Shown(SearchHit h) => string.Join("\u0001",
        h.ReportId, h.SourceFile, h.Agency ?? "", h.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", h.SectionNumber, h.SectionTopic, h.Title,
        h.SubsectionTitle ?? "", string.Join("|", h.MatchedTerms), string.Join("|", h.MissingTerms),
        string.Join("|", h.Related.Select(r => r.Term + ":" + string.Join(",", r.Via))), h.ViaRelated,
        string.Join("\u0002", h.Snippets.Select(sn => sn.Text + "@" + sn.SectionOffset.ToString(System.Globalization.CultureInfo.InvariantCulture) + "#"
            + string.Join(";", sn.Highlights.Select(m => string.Join(",", m))) + "#" + string.Join(";", sn.RelatedHighlights.Select(m => string.Join(",", m))))));
}
