namespace SearchMining.Corpus.Views;

/// <param name="Counts">Theme id → statements tagged with it that year.</param>
public sealed record YearThemeCounts(int Year, int Statements, IReadOnlyDictionary<string, int> Counts);
