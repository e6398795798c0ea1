namespace SearchMining.Index.Querying;

/// <summary><c>NOT x</c> or <c>-x</c>.</summary>
public sealed record NotNode(QueryNode Child, int Position) : QueryNode(Position);
