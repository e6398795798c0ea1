namespace SearchMining.Corpus.Views;

public sealed record AgencyThemeCounts(string Agency, int Statements, IReadOnlyDictionary<string, int> Counts);
