using System.CommandLine;
using SearchMining.Index.Searching;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>search-stages --index DIR --corpus DIR</c>: each mix query's thread CPU per stage of a search (build, matches alone,
/// match + score every match, sorted top hits, + facets, query words of the window, re-ranker, page read) and the engine's
/// whole search. In-process, one thread; no service may hold the index.
/// </summary>
internal static class SearchStagesCommand
{
    public static Command Create(RepoPaths repo)
    {
        var shared = new IndexMixOptions("Timed runs per query (the mean is reported).", 5);
        var command = new Command("search-stages", "Thread CPU ms per stage of each mix query's search, and of the engine's whole search.");
        shared.AddTo(command);
        var maxScore = new Option<bool>("--max-score") { Description = "Run the engine's whole search with the cheaper first pass (SectionSearchEngine.MaxScore on; off by default)." };
        command.Options.Add(maxScore);
        var round13 = new Option<bool>("--round13")
        {
            Description = "Read a search's documents as main did before round 14: the re-ranker reads text and topic, the page its sections again, the query words a hit holds come from a scorer per word, and stored-field chunks are inflated by Lucene's own reader (whole, copied).",
        };
        command.Options.Add(round13);
        command.SetAction(async (result, ct) =>
        {
            var mix = shared.Mix(result, repo);
            await using var opened = IndexMixOptions.Open(shared.IndexPath(result));
            var before = result.GetValue(round13);
            var engine = new SectionSearchEngine(opened) { MaxScore = result.GetValue(maxScore), ReadWindowOnce = !before, MarksFromCache = !before };
            Index.Storage.Codecs.ChunkInflater.LuceneWay = before;
            var log = IndexMixOptions.Log;
            log("thread CPU ms per search (mean): build | matches alone | match+score all | top | top+facets | window words | rerank (of which loads) | page | engine | first pass (top+facets by MaxScore) | % of matches scored");
            var costs = SearchStages.Measure(opened, engine, mix, shared.RoundsOf(result));
            foreach (var c in costs)
                log($"  {c.Id,-24} {c.Total,8} | {c.Build,6:0.0} | {c.MatchOnly,6:0.0} | {c.Count,6:0.0} | {c.Top,6:0.0} | {c.TopFacets,6:0.0} | {c.Window,6:0.0} | {c.Rerank,6:0.0} ({c.RerankLoads,5:0.0}) | {c.Page,6:0.0} | {c.Engine,6:0.0} | {c.FirstPass,6:0.0} | {c.Scored,5:0.0}");
            log($"  {"sum",-24} {"",8} | {costs.Sum(c => c.Build),6:0.0} | {costs.Sum(c => c.MatchOnly),6:0.0} | {costs.Sum(c => c.Count),6:0.0} | {costs.Sum(c => c.Top),6:0.0} | {costs.Sum(c => c.TopFacets),6:0.0} | {costs.Sum(c => c.Window),6:0.0} | {costs.Sum(c => c.Rerank),6:0.0} ({costs.Sum(c => c.RerankLoads),5:0.0}) | {costs.Sum(c => c.Page),6:0.0} | {costs.Sum(c => c.Engine),6:0.0} | {costs.Where(c => !double.IsNaN(c.FirstPass)).Sum(c => c.FirstPass),6:0.0} (top+facets of the same {costs.Count(c => !double.IsNaN(c.FirstPass))}: {costs.Where(c => !double.IsNaN(c.FirstPass)).Sum(c => c.TopFacets):0.0})");
            return 0;
        });
        return command;
    }
}
