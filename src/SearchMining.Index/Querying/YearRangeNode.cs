namespace SearchMining.Index.Querying;

/// <summary><c>year:2022..2024</c>, <c>year:2022..</c>, <c>year:..2024</c> (bounds inclusive).</summary>
public sealed record YearRangeNode(int? From, int? To, int Position) : QueryNode(Position);
