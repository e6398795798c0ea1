namespace SearchMining.Index.Querying;

public sealed record OrNode(IReadOnlyList<QueryNode> Children, int Position) : QueryNode(Position);
