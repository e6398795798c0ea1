namespace SearchMining.Workflows.Contacts;

/// <summary>A contact detail that differs from the agency's previous report (both reports give one).</summary>
/// <param name="Year">The year of the report with the new detail.</param>
/// <param name="PreviousYear">The year of the report before it.</param>
public sealed record ContactChange(string Kind, int Year, int PreviousYear, IReadOnlyList<string> Before, IReadOnlyList<string> After, string ReportId);
