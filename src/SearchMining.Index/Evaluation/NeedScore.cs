namespace SearchMining.Index.Evaluation;

/// <summary>One need's nDCG@10 and recall@10 under one configuration.</summary>
public sealed record NeedScore(double Ndcg, double Recall);
