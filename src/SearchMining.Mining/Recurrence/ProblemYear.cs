namespace SearchMining.Mining.Recurrence;

/// <summary>One year of an agency: the themes of its problem statements and the statements.</summary>
public sealed record ProblemYear(int Year, string ReportId, IReadOnlyList<string> Themes, IReadOnlyList<ThemedStatement> Problems);
