using System.CommandLine;
using System.Diagnostics;
using SearchMining.Analysis.Jieba;
using SearchMining.Corpus;
using SearchMining.Corpus.Checks;
using SearchMining.Corpus.Views;
using SearchMining.Corpus.Years;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>cold-views --index DIR</c>: what each corpus-wide view of issue 18's "&lt; 2 s cold" computes on its first call, in
/// process, as its endpoint does (a fresh corpus object per round; the OS page cache is not emptied): the corpus opened
/// (the derived store's check counts backfilled on the first open of an older store), <c>/api/stats</c> (the index's three
/// counts, the statement totals), <c>/api/checks</c> (first page, total, per-rule counts — from the counts kept with the rows
/// and, on a second object, counted over the rows as before), <c>/api/themes</c>, <c>/api/agencies</c> and
/// <c>/api/themes/recurring</c> (first pages; then the years view's parts are kept, as the service does in the background,
/// so the next round — a restart — reads them). Opens the index writable: a copy.
/// </summary>
internal static class ColdViewsCommand
{
    public static Command Create(RepoPaths repo)
    {
        var index = new Option<string>("--index") { Description = "Index folder (a copy).", Required = true };
        var rounds = new Option<int>("--rounds") { Description = "Cold rounds (each a fresh corpus object).", DefaultValueFactory = _ => 2 };
        var model = new Option<string?>("--model")
        {
            Description = "The theme model the index was built with (its content key names the model's hash: another model makes a writable open rebuild the copy). Default: the committed model.",
        };
        var command = new Command("cold-views", "First-call cost of each corpus-wide view, as its endpoint computes it, in-process.");
        command.Options.Add(index);
        command.Options.Add(rounds);
        command.Options.Add(model);
        var restore = new Option<bool>("--restore") { Description = "First ingest the kept originals missing from the index (a copy whose schema or content key changed was emptied on open: rebuild it)." };
        command.Options.Add(restore);
        var keep = new Option<bool>("--keep") { Description = "After each round keep the years view's parts not read (as the service does in the background), so the next round reads them.", DefaultValueFactory = _ => true };
        command.Options.Add(keep);
        command.SetAction((result, ct) =>
        {
            var segmenter = JiebaSegmenter.CreateDefault();
            var options = IndexMixOptions.CorpusOver(repo, result.GetValue(index)!, readOnly: false);
            if (result.GetValue(model) is { } path) options = options with { ModelPath = Path.GetFullPath(path) };
            if (Index.Storage.ReportIndex.FindSchema(options.IndexPath) is null) throw new InvalidOperationException($"No index at {options.IndexPath}.");
            static void Log(string line) => IndexMixOptions.Log(line);
            if (result.GetValue(restore))
            {
                using var rebuilding = new ReportCorpus(options, segmenter);
                var watch = Stopwatch.StartNew();
                var summary = rebuilding.RestoreMissingAsync(null, ct).GetAwaiter().GetResult();
                rebuilding.Derived.WhenReady.GetAwaiter().GetResult();
                Log($"restored {summary?.Added ?? 0} reports from the kept originals in {watch.Elapsed.TotalSeconds:0} s; {rebuilding.Stats.Reports} reports");
            }
            Log("view: wall ms / CPU ms / MiB allocated");
            for (var round = 0; round < result.GetValue(rounds); round++)
            {
                Log($"round {round + 1}");
                using var corpus = new ReportCorpus(options, segmenter);
                var years = new CorpusYears(corpus) { LearnInBackground = false };
                var all = new CheckQuery();
                var stages = new (string Name, Func<object?> Call)[]
                {
                    ("open (derived store: counts backfill if older)", () => { _ = corpus.Index; corpus.Derived.WhenReady.GetAwaiter().GetResult(); return corpus.ViewsState; }),
                    ("checks: rows counted (before round 11)", () => Checks(new CorpusChecks(corpus) { UseCounts = false }, all)),
                };
                foreach (var (name, call) in stages)
                {
                    var (wall, cpu, alloc) = Measure(call);
                    Log($"  {name,-48} {wall,9:0.0} ms  cpu {cpu,9:0.0} ms  alloc {alloc,8:0.0} MiB");
                }
                // Each view as its endpoint computes it: the first call (cold), then the same call again (warm: what the
                // endpoint's memo or the view kept answers). Timeline and comparison: the first listed agency with two reports.
                var checks = new CorpusChecks(corpus);
                var views = new (string Name, Func<object?> Call)[]
                {
                    ("stats (counts, statement totals, model status)", () => (corpus.Stats.Reports, corpus.Reports.StatementTotals(ct), corpus.Classifier.Status)),
                    ("checks", () => Checks(checks, all)),
                    ("checks?year=2023", () => Checks(checks, all with { Year = 2023 })),
                    ("themes", () => corpus.Reports.Themes(new ReportSelection(null, null, null), ct)),
                    ("commitments", () => corpus.Reports.Commitments(new CommitmentFilter(null, new ReportSelection(null, null, null), null), 0, 20, ct).Total),
                    ("commitments?q=培训", () => corpus.Reports.Commitments(new CommitmentFilter("培训", new ReportSelection(null, null, null), null), 0, 20, ct).Total),
                    ("contacts", () => corpus.Reports.Contacts(new ReportSelection(null, null, null), 0, 20, ct).Total),
                    ("agencies (view + first page)", () => Agencies(years, ct)),
                    ("themes/recurring (first page)", () => Recurring(years, ct)),
                    ("agencies/{key} (timeline)", () => Timeline(years, ct)),
                    ("compare (newest vs previous)", () => Compare(years, ct)),
                };
                foreach (var (name, call) in views)
                {
                    var (wall, cpu, alloc) = Measure(call);
                    var (warm, _, _) = Measure(call);
                    Log($"  {name,-48} {wall,9:0.0} ms  cpu {cpu,9:0.0} ms  alloc {alloc,8:0.0} MiB  warm {warm,7:0.00} ms");
                }
                if (result.GetValue(keep))
                {
                    var (wall, cpu, alloc) = Measure(() => { years.LearnAndKeep(ct); return 0; });
                    Log($"  {"keep the parts not read (background)",-48} {wall,9:0.0} ms  cpu {cpu,9:0.0} ms  alloc {alloc,8:0.0} MiB");
                }
                Log($"  reports {corpus.Stats.Reports}; counts backfilled at this open: {corpus.Derived.Store.CountsBackfilled}; years parts read (directory, template, weights, recurrence): {years.KeptOfCurrent}");
            }
            return Task.FromResult(0);
        });
        return command;
    }

    private static object Checks(CorpusChecks checks, CheckQuery query) => (checks.Page(query, 0, 20).Total, checks.Counts(query).Count);

    private static object Agencies(CorpusYears years, CancellationToken ct)
    {
        var current = years.Current(ct);
        return current.Directory.Listed.Take(20).Sum(a => current.RecurringOf(a).Count);
    }

    private static object Recurring(CorpusYears years, CancellationToken ct)
    {
        var current = years.Current(ct);
        var summary = current.RecurrenceSummary;
        return summary.Agencies.Take(20).Select(current.WithStatements).Count();
    }

    private static (Mining.Agencies.Agency Agency, Mining.Timelines.YearsCorpus Years) Timelined(CorpusYears years, CancellationToken ct)
    {
        var current = years.Current(ct);
        return (current.Directory.Listed.First(a => a.Reports.Count >= 2), current);
    }

    private static object Timeline(CorpusYears years, CancellationToken ct)
    {
        var (agency, current) = Timelined(years, ct);
        return current.Timeline(agency);
    }

    private static object? Compare(CorpusYears years, CancellationToken ct)
    {
        var (agency, current) = Timelined(years, ct);
        var now = current.Report(agency.Reports.OrderByDescending(r => r.Year).First().ReportId)!;
        return current.Previous(now) is { } before ? current.Comparer.Compare(now, before) : null;
    }

    private static (double Wall, double Cpu, double AllocMiB) Measure(Func<object?> call)
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
