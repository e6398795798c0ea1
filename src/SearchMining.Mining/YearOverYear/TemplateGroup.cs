using SearchMining.Core.Domain;

namespace SearchMining.Mining.YearOverYear;

/// <summary>One template's share of the learning: how many agencies wrote reports of it, how many had to share a phrase, how many phrases came out.</summary>
public sealed record TemplateGroup(ReportTemplate Template, int Agencies, int MinAgencies, int Phrases);
