using System.CommandLine;
using SearchMining.Index.Searching;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>search-cost --index DIR --corpus DIR</c>: each mix query's CPU time, allocations and collections per search with the
/// cached constant-score clauses (the engine as the service runs it) and without, alternately, and whether both return the
/// same page. In-process, one thread; no service may hold the index.
/// </summary>
internal static class SearchCostCommand
{
    public static Command Create(RepoPaths repo)
    {
        var shared = new IndexMixOptions("Timed searches per query and variant (the mean is reported).", 10);
        var command = new Command("search-cost", "CPU ms, allocations and gen-0 collections per search of each mix query, match cache on and off, and whether the pages are identical.");
        shared.AddTo(command);
        var against = new Option<string>("--against")
        {
            Description = "The variant B to compare with the engine as served: no-cache (the constant-score clauses matched from postings), no-max-score (every match scored), no-parallel (one search's segments one after the other on its thread), no-decoded-facets (facet values read from doc values), no-tiers (every match scored, not the top coverage tier first; A takes the tiers where the rule says), always-tiers (A by the rule, B the tiers wherever the query allows), no-window-once (the re-ranker reads text and topic, the page its sections again), lucene-inflate (stored-field chunks inflated by Lucene's own reader of the format, whole and copied), no-cached-marks (the query words a hit holds from a scorer per word, not the cached presence bitsets) or round13 (all three, as main did before round 14).",
            DefaultValueFactory = _ => "no-cache",
        };
        against.AcceptOnlyFromAmong("no-cache", "no-max-score", "no-parallel", "no-decoded-facets", "no-tiers", "always-tiers", "no-window-once", "lucene-inflate",
            "no-cached-marks", "round13");
        command.Options.Add(against);
        var tiersAlways = new Option<bool>("--tiers-always") { Description = "Against no-tiers: variant A takes the tiers wherever the query allows, not by the rule (round 12's pass)." };
        command.Options.Add(tiersAlways);
        command.SetAction(async (result, ct) =>
        {
            var mix = shared.Mix(result, repo);
            await using var opened = IndexMixOptions.Open(shared.IndexPath(result));
            var b0 = result.GetValue(against);
            // Against no-max-score, variant A is the first pass on (off by default in the service).
            // Against no-tiers, variant A is the tiered pass on (off by default too).
            var cached = b0 switch
            {
                "no-max-score" => new SectionSearchEngine(opened) { MaxScore = true },
                "no-tiers" or "always-tiers" => new SectionSearchEngine(opened) { ScoreByTier = true, AlwaysTiers = b0 == "no-tiers" && result.GetValue(tiersAlways) },
                _ => new SectionSearchEngine(opened),
            };
            var b = result.GetValue(against);
            var uncached = b switch
            {
                "no-max-score" => new SectionSearchEngine(opened) { MaxScore = false },
                "no-parallel" => new SectionSearchEngine(opened) { SegmentThreads = 1 },
                "no-decoded-facets" => new SectionSearchEngine(opened) { DecodedFacets = false },
                "no-tiers" => new SectionSearchEngine(opened) { ScoreByTier = false },
                "always-tiers" => new SectionSearchEngine(opened) { ScoreByTier = true, AlwaysTiers = true },
                "no-window-once" => new SectionSearchEngine(opened) { ReadWindowOnce = false },
                "no-cached-marks" => new SectionSearchEngine(opened) { MarksFromCache = false },
                "round13" => new SectionSearchEngine(opened) { ReadWindowOnce = false, MarksFromCache = false },
                "lucene-inflate" => new SectionSearchEngine(opened),
                _ => new SectionSearchEngine(opened) { CacheMatches = false },
            };
            var log = IndexMixOptions.Log;
            log($"per search (mean): wall ms, CPU ms, KiB allocated, gen-0 collections — {(b == "no-max-score" ? "first pass on" : b == "no-tiers" ? (result.GetValue(tiersAlways) ? "tiers always" : "tiers by rule") : b == "always-tiers" ? "tiers by rule" : "as served")} / {b}; identical = same total, hits, scores, groups, facets, cursor (top 100 and the page as served)");
            Action<bool>? asB = b is "lucene-inflate" or "round13" ? on => Index.Storage.Codecs.ChunkInflater.LuceneWay = on : null;
            var costs = SearchCostMeter.Compare(cached, uncached, mix, shared.RoundsOf(result), asB);
            foreach (var c in costs)
                log($"  {c.Id,-26} total {c.Total,7}  wall {c.WallMsA,7:0.0} / {c.WallMsB,7:0.0}  cpu {c.CpuMsA,7:0.0} / {c.CpuMsB,7:0.0}  alloc {c.AllocKbA,8:0} / {c.AllocKbB,8:0} KiB  gen0 {c.Gen0A,5:0.00} / {c.Gen0B,5:0.00}  identical {c.Identical}{c.Tiers}");
            log($"  sum of means                        wall {costs.Sum(c => c.WallMsA),7:0.0} / {costs.Sum(c => c.WallMsB),7:0.0}  cpu {costs.Sum(c => c.CpuMsA),7:0.0} / {costs.Sum(c => c.CpuMsB),7:0.0}  alloc {costs.Sum(c => c.AllocKbA),8:0} / {costs.Sum(c => c.AllocKbB),8:0} KiB  identical {costs.Count(c => c.Identical)} of {costs.Count}");
            return costs.All(c => c.Identical) ? 0 : 1;
        });
        return command;
    }
}
