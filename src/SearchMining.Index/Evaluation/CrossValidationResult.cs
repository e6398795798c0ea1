namespace SearchMining.Index.Evaluation;

/// <param name="Ndcg">Mean nDCG@10 over the needs, each scored by the configuration chosen on the other folds.</param>
/// <param name="Recall">Mean recall@10, likewise.</param>
/// <param name="ChosenPerFold">The configuration chosen for each fold (on the other folds).</param>
/// <param name="ChosenOnAll">The configuration the same rule chooses on every need (in-sample; what would ship).</param>
public sealed record CrossValidationResult(double Ndcg, double Recall, IReadOnlyList<string> ChosenPerFold, string ChosenOnAll, int Needs);
