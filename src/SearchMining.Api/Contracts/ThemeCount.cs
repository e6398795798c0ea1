namespace SearchMining.Api.Contracts;

public sealed record ThemeCount(string Id, string Label, int Count);
