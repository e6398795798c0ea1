using System.CommandLine;
using System.Diagnostics;
using SearchMining.Analysis.Jieba;
using SearchMining.Corpus;
using SearchMining.Corpus.Views;
using SearchMining.Corpus.Years;
using SearchMining.Index.Storage;
using SearchMining.Index.Views;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>views-cost --index DIR</c>: the corpus-wide views of issue 18 computed in-process, as the service computes them, cold
/// (a fresh corpus object: nothing cached) and warm, once from the report documents' view doc values and once from the
/// digests (the path before them), alternately: wall ms, process CPU ms, MiB allocated per view, and the managed heap
/// after the views. Read-only; no service may hold the index.
/// </summary>
internal static class ViewsCostCommand
{
    public static Command Create(RepoPaths repo)
    {
        var index = new Option<string>("--index") { Description = "Index folder (e.g. /work/scale-data/index-10000).", Required = true };
        var rounds = new Option<int>("--rounds") { Description = "Cold rounds per source (each a fresh corpus object).", DefaultValueFactory = _ => 2 };
        var tables = new Option<bool>("--tables")
        {
            Description = "Open the index for writing (it must be a copy: the derived store's view tables are filled if missing, timed), "
                + "and compare the view tables with the view doc values instead of the doc values with the digests.",
        };
        var command = new Command("views-cost", "Cold and warm cost of the corpus-wide views, from the view doc values and from the digests, in-process.");
        foreach (var option in new Option[] { index, rounds, tables }) command.Options.Add(option);
        command.SetAction((result, ct) =>
        {
            var segmenter = JiebaSegmenter.CreateDefault();
            var options = IndexMixOptions.CorpusOver(repo, result.GetValue(index)!, readOnly: !result.GetValue(tables));
            static void Log(string line) => IndexMixOptions.Log(line);
            var fromTables = result.GetValue(tables);
            if (fromTables)
            {
                // The first open of an index whose derived store has no view tables fills them in the background: timed here.
                using var first = new ReportCorpus(options, segmenter);
                var fill = Stopwatch.StartNew();
                _ = first.Index.Stats;
                Log($"derived store: {first.ViewsState}");
                first.Derived.WhenReady.GetAwaiter().GetResult();
                Log($"derived store ready after {fill.Elapsed.TotalMilliseconds:0} ms: {first.ViewsState}");
            }
            using (var raw = new ReportCorpus(options, segmenter))
            {
                var opened = raw.Index;
                Log("raw passes (fastest of 3): wall ms / CPU ms / MiB allocated");
                var passes = new (string Name, Func<object> Call)[]
                {
                    ("index stats (the views' version key)", () => opened.Stats),
                    ("view rows", () => ReportViews.VisitRows(opened, _ => { }, ct)),
                    ("view rows + commitments", () => ReportViews.VisitCommitments(opened, (_, _) => { }, ct)),
                    ("view rows + statements", () => ReportViews.VisitStatements(opened, (_, _) => { }, ct)),
                    ("digests", () => { var n = 0; StoredReports.VisitDigests(opened, _ => n++, ct); return n; }),
                };
                foreach (var (name, call) in passes)
                {
                    var best = Enumerable.Range(0, 3).Select(_ => Measure(call)).OrderBy(m => m.Cpu).First();
                    Log($"  {name,-38} {best.Wall,8:0.0} ms  cpu {best.Cpu,8:0.0} ms  alloc {best.AllocMiB,7:0.0} MiB");
                }
            }
            Log("view: cold wall ms / CPU ms / MiB allocated; warm wall ms (median of 5)");
            for (var round = 0; round < result.GetValue(rounds); round++)
            {
                foreach (var rows in new[] { true, false })
                {
                    using var corpus = new ReportCorpus(options, segmenter);
                    _ = corpus.Index.Stats; // open the index outside the timings
                    if (fromTables) corpus.Reports.ReadViewTables = rows;
                    else corpus.Reports.ReadViewRows = rows;
                    var years = new CorpusYears(corpus);
                    var source = fromTables ? rows ? "view tables" : "view doc values" : rows ? "view doc values" : "digests";
                    Log($"round {round + 1}, from the {source} ({corpus.Index.Stats.Reports} reports)");
                    var views = new (string Name, Func<object> Call)[]
                    {
                        ("themes", () => corpus.Reports.Themes(new ReportSelection(null, null, null), ct)),
                        ("commitments?q=培训", () => corpus.Reports.Commitments(new CommitmentFilter("培训", new ReportSelection(null, null, null), null), 0, 20, ct)),
                        ("commitments", () => corpus.Reports.Commitments(new CommitmentFilter(null, new ReportSelection(null, null, null), null), 0, 20, ct)),
                        ("contacts", () => corpus.Reports.Contacts(new ReportSelection(null, null, null), 0, 20, ct)),
                        ("agency directory (resolution only)", () => years.Current(ct).Directory.Agencies.Count),
                        ("agencies (directory + recurrence)", () => years.Current(ct).RecurrenceSummary.Agencies.Count),
                        ("one timeline (a middle agency)", () => Timeline(years, ct)),
                        ("another timeline (its neighbour)", () => Timeline(years, ct, 1)),
                        ("themes?region=江苏省", () => corpus.Reports.Themes(new ReportSelection(null, "江苏省", null), ct)),
                    };
                    foreach (var (name, call) in views)
                    {
                        var (wall, cpu, alloc) = Measure(call);
                        var warm = new List<double>();
                        for (var i = 0; i < 5; i++) warm.Add(Measure(call).Wall);
                        Log($"  {name,-34} cold {wall,8:0.0} ms  cpu {cpu,8:0.0} ms  alloc {alloc,7:0.0} MiB   warm {LatencySummary.Of(warm).P50,7:0.00} ms");
                    }
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    Log($"  managed heap after the views: {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:0.0} MiB");
                }
            }
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>The timeline of the agency in the middle of the directory (plus <paramref name="shift"/>): what <c>/api/agencies/{key}</c> computes.</summary>
    private static object Timeline(CorpusYears years, CancellationToken ct, int shift = 0)
    {
        var current = years.Current(ct);
        var agencies = current.Directory.Agencies;
        return agencies.Count == 0 ? 0 : current.Timeline(agencies[Math.Min(agencies.Count - 1, agencies.Count / 2 + shift)]).Years.Count;
    }

    private static (double Wall, double Cpu, double AllocMiB) Measure(Func<object> call)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var alloc = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(call());
        var wall = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalMilliseconds, (GC.GetTotalAllocatedBytes(precise: true) - alloc) / 1048576.0);
    }
}
