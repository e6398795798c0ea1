using SearchMining.Index.Searching;

namespace SearchMining.Index.Evaluation;

/// <summary>Runs the judged needs against a search engine (or scores an external run) and averages nDCG@10 / recall@10.</summary>
public static class RelevanceEvaluator
{
    public const int K = 10;

    /// <summary>Need id → ranked section keys (top <see cref="K"/>) from the engine, for plain-word queries.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Run(SectionSearchEngine engine, IReadOnlyList<InformationNeed> needs) =>
        needs.ToDictionary(n => n.Id, n =>
        {
            var outcome = engine.Search(new SearchRequest(n.Query) { Size = K, IncludeFacets = false, Snippets = 0 });
            return (IReadOnlyList<string>)(outcome.Results?.Hits.Select(h => RelevanceJudgments.SectionKey(h.SourceFile, h.SectionNumber)).ToList() ?? []);
        });

    /// <summary>Reads a run file: <c>need TAB rank TAB sectionKey</c> lines (rank 1-based).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ReadRun(string path) =>
        File.ReadLines(path)
            .Select(l => l.Split('\t'))
            .Where(c => c.Length >= 3 && int.TryParse(c[1], out _))
            .GroupBy(c => c[0])
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.OrderBy(c => int.Parse(c[1])).Select(c => c[2]).ToList());

    /// <remarks>Needs with no relevant section judged (e.g. v2's r31) are left out: they would score 0 for every run.</remarks>
    public static IReadOnlyList<RelevanceScore> Score(string run, IReadOnlyList<InformationNeed> needs, IReadOnlyDictionary<string, IReadOnlyList<string>> ranked)
    {
        needs = needs.Where(n => n.Judgments.Values.Any(g => g > 0)).ToList();
        var splits = new[] { ("all", needs) }
            .Concat(needs.GroupBy(n => n.Split).OrderBy(g => g.Key).Select(g => (g.Key, (IReadOnlyList<InformationNeed>)g.ToList())));
        return splits.Select(s => new RelevanceScore(run, s.Item1, s.Item2.Count,
            s.Item2.Average(n => RankingMetrics.NdcgAt(K, ranked.GetValueOrDefault(n.Id) ?? [], n.Judgments)),
            s.Item2.Average(n => RankingMetrics.RecallAt(K, ranked.GetValueOrDefault(n.Id) ?? [], n.Judgments)),
            s.Item2.Count(n => (ranked.GetValueOrDefault(n.Id) ?? []).Count == 0 && n.Judgments.Values.Any(g => g > 0)))).ToList();
    }
}
