namespace SearchMining.Index.Evaluation;

/// <summary>Mean metrics of one run over a set of needs.</summary>
public sealed record RelevanceScore(string Run, string Split, int Needs, double NdcgAt10, double RecallAt10);
