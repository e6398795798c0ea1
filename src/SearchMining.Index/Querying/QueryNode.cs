namespace SearchMining.Index.Querying;

/// <summary>A node of a parsed people's query.</summary>
/// <param name="Position">Offset of the node's first character in the query text.</param>
public abstract record QueryNode(int Position);
