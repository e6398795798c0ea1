namespace SearchMining.Mining.Agencies;

/// <summary>Why names belong to one agency (or were kept apart): the rule (<see cref="AgencyRules"/>), the two names, and a sentence.</summary>
public sealed record AgencyEvidence(string Rule, string From, string To, string Detail);
