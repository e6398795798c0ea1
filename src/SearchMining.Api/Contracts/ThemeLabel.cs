namespace SearchMining.Api.Contracts;

public sealed record ThemeLabel(string Id, string Label);
