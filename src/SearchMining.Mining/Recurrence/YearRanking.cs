namespace SearchMining.Mining.Recurrence;

/// <summary>One year's themes ranked by how many agencies name them as a problem.</summary>
public sealed record YearRanking(int Year, int Reporting, IReadOnlyList<RankedTheme> Themes);
