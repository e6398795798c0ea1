namespace SearchMining.Api.Contracts;

/// <summary>Body of <c>POST /api/agencies/merge</c>: two agency keys (or keys of any of their names) and why.</summary>
internal sealed record AgencyMergeRequest(string? A, string? B, string? Note);
