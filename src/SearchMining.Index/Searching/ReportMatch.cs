namespace SearchMining.Index.Searching;

/// <summary>A report with at least one section matching a search.</summary>
/// <param name="Sections">How many of its sections match.</param>
public sealed record ReportMatch(string ReportId, int Sections);
