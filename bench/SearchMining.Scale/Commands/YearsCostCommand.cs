using System.CommandLine;
using System.Diagnostics;
using SearchMining.Analysis.Jieba;
using SearchMining.Corpus;
using SearchMining.Corpus.Years;
using SearchMining.Mining.Agencies;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>years-cost --index DIR</c>: where a cold <c>/api/agencies</c> and a cold first timeline spend their time, stage by
/// stage, in-process as the service computes them (a fresh corpus object per round): the index opened, the years rows read,
/// agency resolution, the recurrence summary, the directory's first page (as the endpoint sorts it), then the first
/// agency's timeline split into template phrases, word weights and the timeline proper, then the parts not read from the
/// derived store kept there (so the next round, a restart, reads them: round 10). Opens the index writable (the derived store is in memory otherwise): a copy.
/// </summary>
internal static class YearsCostCommand
{
    public static Command Create(RepoPaths repo)
    {
        var index = new Option<string>("--index") { Description = "Index folder (a copy).", Required = true };
        var rounds = new Option<int>("--rounds") { Description = "Cold rounds (each a fresh corpus object).", DefaultValueFactory = _ => 2 };
        var command = new Command("years-cost", "Stage-by-stage cold cost of the agency directory and the first timeline, in-process.");
        command.Options.Add(index);
        command.Options.Add(rounds);
        command.SetAction((result, ct) =>
        {
            var segmenter = JiebaSegmenter.CreateDefault();
            // the derived store's tables are read only when opened writable: use a copy
            var options = IndexMixOptions.CorpusOver(repo, result.GetValue(index)!, readOnly: false);
            static void Log(string line) => IndexMixOptions.Log(line);
            Log("stage: wall ms / CPU ms / MiB allocated");
            for (var round = 0; round < result.GetValue(rounds); round++)
            {
                Log($"round {round + 1}");
                using var corpus = new ReportCorpus(options, segmenter);
                var years = new CorpusYears(corpus) { LearnInBackground = false }; // each stage timed on its own
                Agency? first = null;
                var stages = new (string Name, Func<object> Call)[]
                {
                    ("open the index (stats)", () => corpus.Index.Stats),
                    ("views state (ready)", () => { corpus.Derived.WhenReady.GetAwaiter().GetResult(); return corpus.ViewsState; }),
                    ("years rows (ForYears)", () => corpus.Reports.ForYears(ct).Reports.Count),
                    ("years view (kept parts, else rows + resolution)", () => years.Current(ct).Directory.Agencies.Count),
                    ("directory page (listing order + its recurring)", () => first = Page(years.Current(ct))),
                    ("directory page again (warm)", () => Page(years.Current(ct))),
                    ("recurrence summary (recurring page only)", () => years.Current(ct).RecurrenceSummary.Agencies.Count),
                    ("template phrases", () => years.Current(ct).Template),
                    ("word weights (promise tracker)", () => years.Current(ct).Promises),
                    ("first agency's timeline proper", () => years.Current(ct).Timeline(first!).Years.Count),
                    ("keep the parts not read (derived store)", () => { years.LearnAndKeep(ct); return 0; }),
                };
                foreach (var (name, call) in stages)
                {
                    var (wall, cpu, alloc) = Measure(call);
                    Log($"  {name,-44} {wall,9:0.0} ms  cpu {cpu,9:0.0} ms  alloc {alloc,8:0.0} MiB");
                }
                Log($"  agencies {years.Current(ct).Directory.Agencies.Count}, first {first?.Key} ({first?.Reports.Count} reports); parts read from the store (directory, template, weights, recurrence): {years.KeptOfCurrent}");
                KeptSizes(corpus);
            }
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>Each kept part's size and the cost of decoding it alone (round 10: where a restored view's time goes).</summary>
    private static void KeptSizes(ReportCorpus corpus)
    {
        using var connection = corpus.Derived.Store.OpenRead();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT part, data FROM years_parts ORDER BY part";
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var (part, data) = (reader.GetString(0), (byte[])reader.GetValue(1));
            Func<byte[], object> decode = part switch
            {
                KeptYears.DirectoryPart => d => KeptYears.ReadDirectory(d).Directory,
                KeptYears.TemplatePart => KeptYears.ReadTemplate,
                KeptYears.WeightsPart => KeptYears.ReadWeights,
                _ => KeptYears.ReadRecurrence,
            };
            var (wall, cpu, alloc) = Measure(() => decode(data));
            IndexMixOptions.Log($"  kept {part,-11} {data.Length / 1024.0,9:0.0} KiB  decode {wall,8:0.0} ms  cpu {cpu,8:0.0} ms  alloc {alloc,7:0.0} MiB");
        }
    }

    /// <summary>What <c>/api/agencies</c> computes for its first page of 20: a slice of the listing order and each listed agency's recurring themes.</summary>
    private static Agency Page(Mining.Timelines.YearsCorpus years)
    {
        var page = years.Directory.Listed.Take(20).ToList();
        if (page.Count == 0) throw new InvalidOperationException("The directory is empty: is the index (a copy) of this program's schema and content key? A writable open rebuilds one that is not.");
        foreach (var agency in page) _ = years.RecurringOf(agency);
        return page[0];
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
