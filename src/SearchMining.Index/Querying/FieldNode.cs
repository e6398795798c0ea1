namespace SearchMining.Index.Querying;

/// <summary><c>field:value</c> (value may be quoted); acts as a filter, not scored.</summary>
public sealed record FieldNode(string Field, string Value, int Position, int ValuePosition) : QueryNode(Position);
