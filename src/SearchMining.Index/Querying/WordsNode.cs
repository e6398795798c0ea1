namespace SearchMining.Index.Querying;

/// <summary>Plain words (one whitespace-free run), segmented by the query analyzer.</summary>
public sealed record WordsNode(string Text, int Position) : QueryNode(Position);
