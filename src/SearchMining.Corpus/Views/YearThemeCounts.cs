namespace SearchMining.Api.Contracts;

/// <param name="Counts">Theme id → statements tagged with it that year.</param>
internal sealed record YearThemeCounts(int Year, int Statements, IReadOnlyDictionary<string, int> Counts);
