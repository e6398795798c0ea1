namespace SearchMining.Mining.Recurrence;

/// <summary>An agency's problem themes year by year and the themes that recur.</summary>
public sealed record AgencyRecurrence(string AgencyKey, string AgencyName, IReadOnlyList<ProblemYear> Years, IReadOnlyList<RecurringTheme> Recurring);
