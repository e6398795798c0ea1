namespace SearchMining.Workflows.Charts;

/// <summary>Theme counts of one year's section-五 statements.</summary>
public sealed record ThemeYear(int Year, int Statements, IReadOnlyDictionary<string, int> Counts);
