using System.CommandLine;
using SearchMining.Corpus.Storage;
using SearchMining.Index.Searching;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>window-sources --index DIR --corpus DIR</c>: per mix query, the engine's search as it is and what reading its window's
/// section texts from the kept originals would add (<see cref="WindowSources"/>; docs/SCALING.md "Round 18 (size)"). Use a
/// copy of the index: the originals store is opened as the service opens it.
/// </summary>
internal static class WindowSourcesCommand
{
    public static Command Create(RepoPaths repo)
    {
        var shared = new IndexMixOptions("Timed runs per query (the mean is reported).", 3);
        var command = new Command("window-sources", "Per mix query: the engine's thread CPU, and the CPU to read its window's section texts from the kept originals.");
        var proximity = new Option<string[]>("--proximity") { Description = "Proximity queries (\"a b\"~N) to measure as well: every candidate section's text is read.", AllowMultipleArgumentsPerToken = true };
        shared.AddTo(command, proximity);
        command.SetAction(async (result, ct) =>
        {
            var mix = shared.Mix(result, repo);
            var path = shared.IndexPath(result);
            await using var opened = IndexMixOptions.Open(path);
            using var store = OriginalStore.Open(path);
            var engine = new SectionSearchEngine(opened);
            var log = IndexMixOptions.Log;
            log("thread CPU ms per search (mean): engine as it is | sections whose text it reads | their reports | those reports' originals read, decoded, normalised, sections rebuilt (no cache)");
            var costs = WindowSources.Measure(opened, engine, store, mix, shared.RoundsOf(result));
            foreach (var c in costs) log($"  {c.Id,-24} {c.Engine,8:0.0} | {c.Window,4} | {c.Reports,4} | {c.FromOriginals,8:0.0}");
            log($"  {"sum",-24} {costs.Sum(c => c.Engine),8:0.0} | {costs.Sum(c => c.Window),4} | {costs.Sum(c => c.Reports),4} | {costs.Sum(c => c.FromOriginals),8:0.0}");
            foreach (var query in result.GetValue(proximity) ?? [])
            {
                var p = WindowSources.Proximity(opened, engine, store, query, shared.RoundsOf(result));
                log($"  {p.Id,-24} {p.Engine,8:0.0} | {p.Window,4} | {p.Reports,4} | {p.FromOriginals,8:0.0}   (proximity: every candidate section)");
            }
            return 0;
        });
        return command;
    }
}
