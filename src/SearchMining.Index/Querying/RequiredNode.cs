namespace SearchMining.Index.Querying;

/// <summary><c>+word</c>, or an operand of an explicit <c>AND</c>: a hit must contain it (plain words are otherwise optional, ranked by coverage).</summary>
public sealed record RequiredNode(QueryNode Child, int Position) : QueryNode(Position);
