namespace SearchMining.Index.Storage;

/// <summary>Statements and commitments made by every indexed report (the counts <c>/api/stats</c> shows).</summary>
public sealed record StatementTotals(int Statements, int Commitments);
