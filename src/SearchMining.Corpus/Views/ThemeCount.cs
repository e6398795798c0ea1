namespace SearchMining.Corpus.Views;

public sealed record ThemeCount(string Id, string Label, int Count);
