namespace SearchMining.Api.Contracts;

internal sealed record ThemeCount(string Id, string Label, int Count);
