namespace SearchMining.Index.Querying;

/// <summary><c>政务*</c>: words of the text that begin with <paramref name="Prefix"/>.</summary>
public sealed record PrefixNode(string Prefix, int Position) : QueryNode(Position);
