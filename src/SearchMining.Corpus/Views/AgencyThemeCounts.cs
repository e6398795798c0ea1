namespace SearchMining.Api.Contracts;

internal sealed record AgencyThemeCounts(string Agency, int Statements, IReadOnlyDictionary<string, int> Counts);
