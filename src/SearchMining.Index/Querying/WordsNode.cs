namespace SearchMining.Index.Querying;

/// <summary>Plain words (one whitespace-free run), segmented into query words; optional unless required (<see cref="RequiredNode"/>).</summary>
public sealed record WordsNode(string Text, int Position) : QueryNode(Position);
