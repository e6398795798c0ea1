namespace SearchMining.Index.Evaluation;

/// <summary>nDCG@k (gain 2^grade − 1, log2 discount) and recall@k (share of sections with grade ≥ 1 found in the top k).</summary>
public static class RankingMetrics
{
    public static double NdcgAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments)
    {
        var dcg = Dcg(ranked.Take(k).Select(key => judgments.GetValueOrDefault(key)));
        var ideal = Dcg(judgments.Values.OrderByDescending(g => g).Take(k));
        return ideal == 0 ? 0 : dcg / ideal;
    }

    public static double RecallAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments)
    {
        var relevant = judgments.Count(j => j.Value > 0);
        return relevant == 0 ? 0 : (double)ranked.Take(k).Count(key => judgments.GetValueOrDefault(key) > 0) / relevant;
    }

    private static double Dcg(IEnumerable<int> grades) =>
        grades.Select((grade, i) => (Math.Pow(2, grade) - 1) / Math.Log2(i + 2)).Sum();
}
