namespace SearchMining.Index.Evaluation;

/// <summary>Mean metrics of one run over a set of needs.</summary>
/// <param name="ZeroHits">Needs for which the run returned nothing although the corpus holds a relevant section.</param>
public sealed record RelevanceScore(string Run, string Split, int Needs, double NdcgAt10, double RecallAt10, int ZeroHits = 0);
