namespace SearchMining.Api.Contracts;

/// <summary>Body of <c>POST /api/agencies/{key}/split</c>: the names (as written, or their keys) to take out, and why.</summary>
internal sealed record AgencySplitRequest(IReadOnlyList<string>? Names, string? Note);
