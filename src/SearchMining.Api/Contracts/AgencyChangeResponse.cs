namespace SearchMining.Api.Contracts;

/// <summary>The agencies as resolved after a merge (one) or a split (two), and where the decision is kept.</summary>
internal sealed record AgencyChangeResponse(IReadOnlyList<AgencySummary> Agencies, string KeptIn);
