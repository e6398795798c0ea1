using System.CommandLine;
using SearchMining.Analysis.Jieba;
using SearchMining.Index.Analysis;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;
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
        var index = new Option<string>("--index") { Description = "Index folder (e.g. /work/scale-data/index-10000).", Required = true };
        var corpus = new Option<string>("--corpus") { Description = "The generated corpus it holds (its manifest names the agency of the mix).", Required = true };
        var rounds = new Option<int>("--rounds") { Description = "Timed runs per query (the mean is reported).", DefaultValueFactory = _ => 5 };
        var command = new Command("search-stages", "Thread CPU ms per stage of each mix query's search, and of the engine's whole search.");
        foreach (var option in new Option[] { index, corpus, rounds }) command.Options.Add(option);
        command.SetAction(async (result, ct) =>
        {
            var mix = MixQuery.LoadForCorpus(repo.QueryMix, result.GetValue(corpus)!);
            await using var opened = ReportIndex.Open(new ReportIndexOptions(result.GetValue(index)!, IndexAnalyzerSets.CreateJieba(JiebaSegmenter.CreateDefault())));
            var engine = new SectionSearchEngine(opened);
            void Log(string line) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss} load {MachineLoad.Now()}] {line}");
            Log("thread CPU ms per search (mean): build | matches alone | match+score all | top | top+facets | window words | rerank | page | engine");
            var costs = SearchStages.Measure(opened, engine, mix, result.GetValue(rounds));
            foreach (var c in costs)
                Log($"  {c.Id,-24} {c.Total,8} | {c.Build,6:0.0} | {c.MatchOnly,6:0.0} | {c.Count,6:0.0} | {c.Top,6:0.0} | {c.TopFacets,6:0.0} | {c.Window,6:0.0} | {c.Rerank,6:0.0} | {c.Page,6:0.0} | {c.Engine,6:0.0}");
            Log($"  {"sum",-24} {"",8} | {costs.Sum(c => c.Build),6:0.0} | {costs.Sum(c => c.MatchOnly),6:0.0} | {costs.Sum(c => c.Count),6:0.0} | {costs.Sum(c => c.Top),6:0.0} | {costs.Sum(c => c.TopFacets),6:0.0} | {costs.Sum(c => c.Window),6:0.0} | {costs.Sum(c => c.Rerank),6:0.0} | {costs.Sum(c => c.Page),6:0.0} | {costs.Sum(c => c.Engine),6:0.0}");
            return 0;
        });
        return command;
    }
}
