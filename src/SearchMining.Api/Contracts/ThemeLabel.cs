namespace SearchMining.Api.Contracts;

internal sealed record ThemeLabel(string Id, string Label);
