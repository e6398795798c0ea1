namespace SearchMining.Index.Querying;

public sealed record AndNode(IReadOnlyList<QueryNode> Children, int Position) : QueryNode(Position);
