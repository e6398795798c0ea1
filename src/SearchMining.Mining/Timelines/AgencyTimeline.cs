using SearchMining.Mining.Agencies;
using SearchMining.Mining.Recurrence;

namespace SearchMining.Mining.Timelines;

/// <summary>An agency over the years: identity and evidence, one entry per report year, and its recurring problem themes.</summary>
public sealed record AgencyTimeline(Agency Agency, IReadOnlyList<TimelineYear> Years, IReadOnlyList<RecurringTheme> Recurring);
