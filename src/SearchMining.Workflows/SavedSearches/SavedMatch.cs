namespace SearchMining.Workflows.SavedSearches;

/// <summary>A report a saved search has matched.</summary>
/// <param name="FirstMatchedAt">When the search first found it (for the reports there at creation: the creation time).</param>
/// <param name="Seen">False for a report matched since the search's hits were last marked as seen.</param>
public sealed record SavedMatch(string ReportId, DateTimeOffset FirstMatchedAt, bool Seen);
