namespace SearchMining.Mining.Recurrence;

/// <summary>A theme an agency names as a problem in two or more years, with the problem statements that show it.</summary>
public sealed record RecurringTheme(string Theme, IReadOnlyList<int> Years, IReadOnlyList<ThemedStatement> Statements);
