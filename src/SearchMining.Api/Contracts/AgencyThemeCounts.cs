namespace SearchMining.Api.Contracts;

public sealed record AgencyThemeCounts(string Agency, int Statements, IReadOnlyDictionary<string, int> Counts);
