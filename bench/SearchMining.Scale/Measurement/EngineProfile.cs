using System.Diagnostics;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;

namespace SearchMining.Scale.Measurement;

/// <summary>
/// In-process time of one mix query in four variants (the fastest of the timed runs: on a shared machine the minimum is the
/// least disturbed figure), and its hit total: where the search time goes.
/// </summary>
internal sealed record QueryCost(string Id, long Total, double FullMs, double NoFacetsMs, double NoSnippetsMs, double BareMs);

/// <summary>Median times of whole-report loads (stored JSON) and of paging the report list: what a corpus-wide view pays per report.</summary>
internal sealed record StoredReportCost(int Reports, double GetReportMedianMs, double GetReportP95Ms, double ListPageOf200Ms, double WalkEstimateSeconds, double GetReportCpuMeanMs = 0);

/// <summary>
/// Stopwatch profile of the engine in-process, through its public API only (phase 1 leaves src/ alone): each mix query
/// with facets and snippets (as the service asks), without facets, without snippets, and with neither — the difference
/// is the cost of that part — plus the cost of loading whole stored reports, which the corpus-wide views walk.
/// </summary>
internal sealed class EngineProfile(ReportIndex index, SectionSearchEngine engine)
{
    public IReadOnlyList<QueryCost> Queries(IReadOnlyList<MixQuery> mix, int rounds)
    {
        var costs = new List<QueryCost>();
        foreach (var query in mix)
        {
            var request = ToRequest(query);
            var full = Time(request, rounds, out var total);
            var noFacets = Time(request with { IncludeFacets = false }, rounds, out _);
            var noSnippets = Time(request with { Snippets = 0 }, rounds, out _);
            var bare = Time(request with { IncludeFacets = false, Snippets = 0 }, rounds, out _);
            costs.Add(new QueryCost(query.Id, total, full, noFacets, noSnippets, bare));
        }
        return costs;
    }

    public StoredReportCost StoredReports(int samples)
    {
        var total = index.ListReports(null, 0, 1).Total;
        var rng = new Random(18);
        var ids = Enumerable.Range(0, samples).Select(_ => index.ListReports(null, rng.Next(Math.Max(1, total)), 1).Items.FirstOrDefault()?.Id).OfType<string>().ToList();
        var loads = new List<double>();
        var cpu = TimeSpan.Zero;
        foreach (var id in ids)
        {
            var before = ThreadCpu.Now();
            var watch = Stopwatch.StartNew();
            _ = index.GetReport(id);
            loads.Add(watch.Elapsed.TotalMilliseconds);
            cpu += ThreadCpu.Now() - before;
        }
        var pages = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            _ = index.ListReports(null, rng.Next(Math.Max(1, total - 200)), 200);
            pages.Add(watch.Elapsed.TotalMilliseconds);
        }
        var load = LatencySummary.Of(loads);
        var page = LatencySummary.Of(pages);
        return new StoredReportCost(total, load.P50, load.P95, page.P50, (total * load.Mean + total / 200.0 * page.Mean) / 1000.0,
            ids.Count == 0 ? 0 : cpu.TotalMilliseconds / ids.Count);
    }

    private double Time(SearchRequest request, int rounds, out long total)
    {
        total = -1;
        var outcome = engine.Search(request); // warm-up
        if (!outcome.Succeeded) throw new InvalidOperationException($"'{request.Query}': {outcome.Error}");
        total = outcome.Results!.Total;
        var times = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            engine.Search(request);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return times.Min();
    }

    /// <summary>The mix query as the API would bind it: q, agency/region/level/year/section/theme/kind filters, sort, size, group.</summary>
    internal static SearchRequest ToRequest(MixQuery query)
    {
        string? Get(string key) => query.Parameters.FirstOrDefault(p => p.Key == key).Value;
        IReadOnlyList<string> List(string key) => Get(key) is { Length: > 0 } v ? v.Split(',') : [];
        var filters = new SearchFilters
        {
            Agencies = List("agency"), Regions = List("region"), Levels = List("level"), Sections = List("section"),
            Themes = List("theme"), Kinds = List("kind"),
        };
        return new SearchRequest(Get("q") ?? "")
        {
            Filters = filters,
            Size = Get("size") is { } size ? int.Parse(size) : SearchRequest.DefaultSize,
            Sort = Get("sort") is { } sort ? Enum.Parse<SearchSort>(sort, ignoreCase: true) : SearchSort.Relevance,
            GroupByReport = Get("group") == "report",
        };
    }
}
