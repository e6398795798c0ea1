namespace SearchMining.Corpus.Years.Kept;

/// <summary>Learned word weights as kept: each term's inverse document frequency and the weight of an unseen term.</summary>
internal sealed record KeptWeights(IReadOnlyDictionary<string, double> Idf, double Unseen);
