namespace SearchMining.Core.Domain;

/// <summary>What a rule checks and on what basis (law, template arithmetic, editorial practice).</summary>
/// <param name="Id">Stable id, e.g. <c>check-application-balance</c>.</param>
/// <param name="Title">Short Chinese title shown to people.</param>
/// <param name="Basis">The legal or arithmetic basis.</param>
/// <param name="NeedsPrevious">True for rules that compare with the same agency's report of the year before.</param>
public sealed record CheckRule(string Id, CheckCategory Category, string Title, string Basis, bool NeedsPrevious = false);
